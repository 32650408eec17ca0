import { CATEGORIES, type Category, CRISIS_SIGNALS, type CrisisSignal } from '../../categories.ts';
import { DigitReader, unzigzag } from './digits.ts';
import type { Feature } from './features.ts';
import { WEIGHTS } from './weights.ts';

/** What the model scores: every category but `other` (which is "none of them"), then each crisis signal. */
export const HEADS: readonly (Exclude<Category, 'other'> | CrisisSignal)[] = [
  ...CATEGORIES.filter((c): c is Exclude<Category, 'other'> => c !== 'other'),
  ...CRISIS_SIGNALS,
];

/** The trained weights as stored, compactly: the model ships inside the Worker bundle too. */
export interface StoredWeights {
  /** The heads, in the order the packed entries number them. */
  heads: readonly string[];
  bias: readonly number[];
  /** weight = int8 × scale */
  scale: number;
  /** How many slots carry weights. */
  slots: number;
  /**
   * Three runs over the slots with weights, in ascending order, written with `writeDigits`: each
   * slot's gap from the previous one; each slot's heads as a bitmask (head h is bit h); the int8
   * weights, zigzagged, slot by slot and head by head.
   */
  entries: string;
  /** sha256 of the corpus the weights were trained on (a test checks it is the current corpus). */
  corpus: string;
  trainedOn: number;
}

/** The weights in flat arrays (a few MB, where a Map of arrays took tens): slots sorted for search. */
interface Decoded {
  bias: Float64Array;
  slots: Int32Array;
  /** Where each slot's weights start in `heads`/`weights` (one more entry than slots). */
  starts: Int32Array;
  heads: Uint8Array;
  weights: Float32Array;
}

const decodedModels = new WeakMap<StoredWeights, Decoded>();

function decode(stored: StoredWeights): Decoded {
  if (stored.heads.join() !== HEADS.join()) throw new Error('the triage model was trained for other heads');
  const digits = new DigitReader(stored.entries);
  const slotCount = stored.slots;
  const slots = new Int32Array(slotCount);
  const masks = new Int32Array(slotCount);
  let slot = 0;
  for (let i = 0; i < slotCount; i++) {
    slot += digits.next();
    slots[i] = slot;
  }
  let entryCount = 0;
  for (let i = 0; i < slotCount; i++) {
    const mask = digits.next();
    masks[i] = mask;
    for (let m = mask; m > 0; m &= m - 1) entryCount++;
  }
  const starts = new Int32Array(slotCount + 1);
  const heads = new Uint8Array(entryCount);
  const weights = new Float32Array(entryCount);
  let n = 0;
  for (let i = 0; i < slotCount; i++) {
    starts[i] = n;
    for (let head = 0; head < HEADS.length; head++) {
      if (!((masks[i] as number) & (1 << head))) continue;
      heads[n] = head;
      weights[n] = unzigzag(digits.next()) * stored.scale;
      n++;
    }
  }
  if (!digits.done) throw new Error('the triage model is damaged');
  starts[slotCount] = n;
  return { bias: Float64Array.from(stored.bias), slots, starts, heads, weights };
}

/** Where a slot sits in the sorted slots, or -1. */
function find(slots: Int32Array, slot: number): number {
  let lo = 0;
  let hi = slots.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = slots[mid] as number;
    if (at === slot) return mid;
    if (at < slot) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** One head's probability and the spans that pushed it up most. */
export interface HeadScore {
  p: number;
  evidence: string[];
}

/** One slot of a concern's vector: its value, and the first words that set it. */
export interface Component {
  slot: number;
  x: number;
  span: string;
}

/**
 * A concern's features as the model reads them, in training and in use alike: how often each slot
 * occurs, scaled to unit length, in the order the slots first occur.
 */
export function vectorOf(features: Feature[]): Component[] {
  const counts = new Map<number, { n: number; span: string }>();
  for (const f of features) {
    const seen = counts.get(f.slot);
    if (seen) seen.n++;
    else counts.set(f.slot, { n: 1, span: f.span });
  }
  let norm = 0;
  for (const { n } of counts.values()) norm += n * n;
  norm = Math.sqrt(norm) || 1;
  return [...counts].map(([slot, { n, span }]) => ({ slot, x: n / norm, span }));
}

/** The model's probability for every head, with the words behind each. */
export function predict(features: Feature[], weights: StoredWeights = WEIGHTS): HeadScore[] {
  let decoded = decodedModels.get(weights);
  if (!decoded) {
    decoded = decode(weights);
    decodedModels.set(weights, decoded);
  }
  const { bias, slots, starts, heads, weights: w } = decoded;
  const logits = Float64Array.from(bias);
  // Per head, the three spans that pushed it up most.
  const best: { by: number; span: string }[][] = HEADS.map(() => []);
  for (const { slot, x, span } of vectorOf(features)) {
    const index = find(slots, slot);
    if (index < 0) continue;
    for (let i = starts[index] as number; i < (starts[index + 1] as number); i++) {
      const head = heads[i] as number;
      const by = (w[i] as number) * x;
      logits[head] = (logits[head] as number) + by;
      if (by > 0) keepBest(best[head] as { by: number; span: string }[], by, span);
    }
  }
  return HEADS.map((_, head) => ({
    p: 1 / (1 + Math.exp(-(logits[head] as number))),
    evidence: (best[head] as { span: string }[]).map((e) => e.span),
  }));
}

function keepBest(top: { by: number; span: string }[], by: number, span: string): void {
  // A lone character (「認」, "i") tells staff nothing.
  if (span.length < 2 || top.some((e) => e.span === span)) return;
  if (top.length === 3 && (top[2] as { by: number }).by >= by) return;
  top.push({ by, span });
  top.sort((a, b) => b.by - a.by);
  if (top.length > 3) top.pop();
}

import { CATEGORIES, type Category, CRISIS_SIGNALS, type CrisisSignal } from '../../categories.ts';
import { readEntries } from './entries.ts';
import type { Feature } from './features.ts';
import { WEIGHTS } from './weights.ts';

/** What the model scores: every category but `other` (which is "none of them"), then each crisis signal. */
export const HEADS: readonly (Exclude<Category, 'other'> | CrisisSignal)[] = [
  ...CATEGORIES.filter((c): c is Exclude<Category, 'other'> => c !== 'other'),
  ...CRISIS_SIGNALS,
];

/** How the weights' `entries` are written today; weights written another way are refused, not misread. */
export const ENTRIES_FORMAT = 'rans-1';

/** The trained weights as stored, compactly: the model ships inside the Worker bundle too. */
export interface StoredWeights {
  /** The heads, in the order the packed entries number them. */
  heads: readonly string[];
  bias: readonly number[];
  /** weight = int8 × scale */
  scale: number;
  /** How many slots carry weights, and how many weights they carry in all. */
  slots: number;
  weights: number;
  /** How `entries` is written: the one way so far. */
  format: typeof ENTRIES_FORMAT;
  /**
   * The slots with weights, ascending, each with its heads and their int8 levels, entropy-coded as
   * text by `writeEntries` (entries.ts, over the rANS coder in coder.ts).
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
  if (stored.format !== ENTRIES_FORMAT)
    throw new Error('the triage model is stored in a format this code cannot read');
  const { slots, starts, heads, levels } = readEntries(
    stored.entries,
    HEADS.length,
    stored.slots,
    stored.weights,
  );
  const weights = new Float32Array(levels.length);
  for (let i = 0; i < levels.length; i++) weights[i] = (levels[i] as number) * stored.scale;
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

import { AnsReader, AnsWriter, DAMAGED } from './coder.ts';

/** One slot's weights: its heads in ascending order, and their levels (weight = level × scale). */
export interface SlotWeights {
  slot: number;
  heads: readonly number[];
  levels: readonly number[];
}

/** The weights in flat arrays, slots ascending: slot i's entries are `starts[i]` to `starts[i + 1]`. */
export interface Entries {
  slots: Int32Array;
  starts: Int32Array;
  heads: Uint8Array;
  levels: Int32Array;
}

/**
 * Levels run smaller in slots with many heads (common words) than in slots with few, so the table
 * a level is read from says how many heads its slot has, up to this many. (Which head it is says
 * little, and a table per head and count would cost more to write down than it saves.)
 */
const HEAD_COUNTS = 12;
const GAP_ALPHABET = 64;
const LEVEL_ALPHABET = 128;

/**
 * The tables, and what each slot is written as: its gap from the previous slot; how many heads it
 * has; then for each of them, how many heads it skips (in a table per head it starts from and heads
 * left to place) and its level, zigzagged (in a table per head count).
 */
class Layout {
  readonly gap = 0;
  readonly headCount = 1;
  readonly alphabets: number[];
  private readonly heads: number;
  private readonly levels: number;

  constructor(heads: number) {
    if (heads < 1 || heads > 32) throw new Error(`cannot code ${heads} heads`);
    this.heads = heads;
    this.alphabets = [GAP_ALPHABET, heads];
    for (let from = 0; from < heads; from++)
      for (let left = 0; left <= heads; left++) this.alphabets.push(Math.max(1, heads - from - left + 1));
    this.levels = this.alphabets.length;
    for (let k = 0; k < HEAD_COUNTS; k++) this.alphabets.push(LEVEL_ALPHABET);
  }

  skip(from: number, left: number): number {
    return 2 + from * (this.heads + 1) + left;
  }

  level(headsInSlot: number): number {
    return this.levels + Math.min(headsInSlot, HEAD_COUNTS) - 1;
  }
}

/** The slots (ascending, each with ≥ 1 head below `headCount`) as coded text. */
export function writeEntries(slots: readonly SlotWeights[], headCount: number): string {
  const layout = new Layout(headCount);
  const writer = new AnsWriter(layout.alphabets);
  let previous = -1;
  for (const { slot, heads, levels } of slots) {
    if (!Number.isInteger(slot) || slot <= previous) throw new Error(`slots out of order at ${slot}`);
    if (heads.length === 0 || heads.length !== levels.length) throw new Error(`slot ${slot} has no weights`);
    writer.number(layout.gap, slot - previous - 1);
    previous = slot;
    writer.symbol(layout.headCount, heads.length - 1);
    let from = 0;
    heads.forEach((head, i) => {
      if (head < from || head >= headCount) throw new Error(`slot ${slot}: heads not ascending or too large`);
      writer.symbol(layout.skip(from, heads.length - i), head - from);
      writer.number(layout.level(heads.length), zigzag(levels[i] as number));
      from = head + 1;
    });
  }
  return writer.text();
}

/** Reads back `writeEntries`' text, which must hold exactly `slotCount` slots and `weightCount` weights. */
export function readEntries(
  text: string,
  headCount: number,
  slotCount: number,
  weightCount: number,
): Entries {
  const layout = new Layout(headCount);
  const reader = new AnsReader(text, layout.alphabets);
  const slots = new Int32Array(slotCount);
  const starts = new Int32Array(slotCount + 1);
  const heads = new Uint8Array(weightCount);
  const levels = new Int32Array(weightCount);
  let slot = -1;
  let n = 0;
  for (let i = 0; i < slotCount; i++) {
    slot += reader.number(layout.gap) + 1;
    slots[i] = slot;
    starts[i] = n;
    const headsInSlot = reader.symbol(layout.headCount) + 1;
    if (n + headsInSlot > weightCount) throw new Error(DAMAGED);
    const levelTable = layout.level(headsInSlot);
    let from = 0;
    for (let left = headsInSlot; left > 0; left--) {
      const head = from + reader.symbol(layout.skip(from, left));
      // A damaged text can place a head past the last; the tables stop a sound one.
      if (head >= headCount) throw new Error(DAMAGED);
      heads[n] = head;
      levels[n] = unzigzag(reader.number(levelTable));
      n++;
      from = head + 1;
    }
  }
  starts[slotCount] = n;
  if (slot >= 2 ** 31 || n !== weightCount) throw new Error(DAMAGED);
  reader.end();
  return { slots, starts, heads, levels };
}

/** Signed ↔ unsigned, small either way (0, −1, 1, −2, 2 … → 0, 1, 2, 3, 4 …). */
const zigzag = (q: number): number => (q >= 0 ? 2 * q : -2 * q - 1);
const unzigzag = (z: number): number => (z % 2 === 0 ? z / 2 : -(z + 1) / 2);

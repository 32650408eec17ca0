import { describe, expect, it } from 'vitest';
import { readEntries, type SlotWeights, writeEntries } from './entries.ts';
import { HEADS } from './model.ts';
import { WEIGHTS } from './weights.ts';

function randomSlots(count: number, headCount: number, seed: number): SlotWeights[] {
  let s = seed;
  const next = () => {
    s = (Math.imul(s, 1103515245) + 12345) | 0;
    return (s >>> 8) / 2 ** 24;
  };
  let slot = -1;
  return Array.from({ length: count }, () => {
    slot += 1 + Math.floor(next() < 0.01 ? next() * 1e6 : next() * 10);
    const heads = Array.from({ length: headCount }, (_, h) => h).filter(() => next() < 0.2);
    if (heads.length === 0) heads.push(Math.floor(next() * headCount));
    const levels = heads.map(() => Math.round((next() - 0.5) * (next() < 0.01 ? 5000 : 60)) + 0); // + 0: no −0
    return { slot, heads, levels };
  });
}

function flatten(slots: SlotWeights[]) {
  return {
    slots: slots.map((s) => s.slot),
    heads: slots.flatMap((s) => s.heads),
    levels: slots.flatMap((s) => s.levels),
  };
}

describe("the model's coded entries", () => {
  it('read back as the slots, heads and levels written', () => {
    for (const headCount of [1, 19, 32]) {
      const slots = randomSlots(3_000, headCount, headCount);
      const weights = slots.reduce((n, s) => n + s.heads.length, 0);
      const read = readEntries(writeEntries(slots, headCount), headCount, slots.length, weights);
      expect({
        slots: [...read.slots],
        heads: [...read.heads],
        levels: [...read.levels],
      }).toEqual(flatten(slots));
      const starts = [0];
      for (const s of slots) starts.push((starts.at(-1) as number) + s.heads.length);
      expect([...read.starts]).toEqual(starts);
    }
  });

  it('read back nothing, from slot 0 up', () => {
    const empty = readEntries(writeEntries([], 19), 19, 0, 0);
    expect([empty.slots.length, empty.heads.length, [...empty.starts]]).toEqual([0, 0, [0]]);
    const first = readEntries(writeEntries([{ slot: 0, heads: [18], levels: [-1] }], 19), 19, 1, 1);
    expect([...first.slots, ...first.heads, ...first.levels]).toEqual([0, 18, -1]);
  });

  it('refuse slots out of order and heads out of order or range', () => {
    const one = (slot: number, heads: number[]) => ({ slot, heads, levels: heads.map(() => 1) });
    expect(() => writeEntries([one(5, [0]), one(5, [1])], 19)).toThrow();
    expect(() => writeEntries([one(5, [2, 1])], 19)).toThrow();
    expect(() => writeEntries([one(5, [19])], 19)).toThrow();
    expect(() => writeEntries([one(5, [])], 19)).toThrow();
  });

  it('must hold as many slots and weights as the header says', () => {
    const slots = randomSlots(500, 19, 7);
    const weights = slots.reduce((n, s) => n + s.heads.length, 0);
    const text = writeEntries(slots, 19);
    expect(() => readEntries(text, 19, slots.length - 1, weights)).toThrow(/damaged/);
    expect(() => readEntries(text, 19, slots.length + 1, weights)).toThrow(/damaged/);
    expect(() => readEntries(text, 19, slots.length, weights - 1)).toThrow(/damaged/);
    expect(() => readEntries(text, 19, slots.length, weights + 1)).toThrow(/damaged/);
  });

  it('in the shipped weights, decode to the slots and weights their header counts', () => {
    const { slots, starts, heads, levels } = readEntries(
      WEIGHTS.entries,
      HEADS.length,
      WEIGHTS.slots,
      WEIGHTS.weights,
    );
    expect([slots.length, starts.at(-1), heads.length]).toEqual([
      WEIGHTS.slots,
      WEIGHTS.weights,
      WEIGHTS.weights,
    ]);
    expect(slots.every((slot, i) => i === 0 || slot > (slots[i - 1] as number))).toBe(true);
    expect(levels.every((q) => q !== 0 && Math.abs(q) <= 127)).toBe(true);
    const cut = WEIGHTS.entries.slice(0, -1);
    expect(() => readEntries(cut, HEADS.length, WEIGHTS.slots, WEIGHTS.weights)).toThrow(/damaged/);
  });
});

import { describe, expect, it } from 'vitest';
import { AnsReader, AnsWriter } from './coder.ts';

/** A small, seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) | 0;
    return (s >>> 8) / 2 ** 24;
  };
}

type Item = { table: number; number?: number; symbol?: number };

function write(alphabets: number[], items: Item[]): string {
  const writer = new AnsWriter(alphabets);
  for (const { table, number, symbol } of items) {
    if (number !== undefined) writer.number(table, number);
    else writer.symbol(table, symbol as number);
  }
  return writer.text();
}

function read(text: string, alphabets: number[], items: Item[]): Item[] {
  const reader = new AnsReader(text, alphabets);
  const out = items.map(({ table, number }) =>
    number !== undefined ? { table, number: reader.number(table) } : { table, symbol: reader.symbol(table) },
  );
  reader.end();
  return out;
}

const ALPHABETS = [1, 2, 7, 64, 256];

function randomItems(n: number, seed: number): Item[] {
  const next = random(seed);
  return Array.from({ length: n }, () => {
    const table = Math.floor(next() * ALPHABETS.length);
    const alphabet = ALPHABETS[table] as number;
    if (next() < 0.5) return { table, symbol: Math.floor(next() * alphabet) };
    // Numbers of every size, most below the table's escape, some far past it.
    const bits = Math.floor(next() * next() * 31);
    return { table, number: Math.floor(next() * 2 ** bits) };
  });
}

describe('the rANS coder', () => {
  it('reads back symbols and numbers of every size, in printable base64 characters', () => {
    const items = randomItems(20_000, 1);
    const text = write(ALPHABETS, items);
    expect(text).toMatch(/^[A-Za-z0-9+/]+$/);
    expect(read(text, ALPHABETS, items)).toEqual(items);
  });

  it('codes a skewed table in about its entropy', () => {
    const next = random(2);
    const items = Array.from({ length: 60_000 }, () => ({
      table: 0,
      symbol: next() < 0.95 ? 0 : 1 + Math.floor(next() * 3),
    }));
    const text = write([4], items);
    expect(read(text, [4], items)).toEqual(items);
    // 0.95 and three of 0.0167: 0.36 bits a symbol, and 6 bits a character.
    const entropy = -(0.95 * Math.log2(0.95) + 0.05 * Math.log2(0.05 / 3));
    expect((text.length * 6) / items.length).toBeLessThan(entropy * 1.02);
  });

  it('writes and reads nothing', () => {
    const text = write(ALPHABETS, []);
    expect(read(text, ALPHABETS, [])).toEqual([]);
  });

  it('refuses symbols outside their table', () => {
    expect(() => write([3], [{ table: 0, symbol: 3 }])).toThrow();
    expect(() => write([3], [{ table: 1, symbol: 0 }])).toThrow();
    expect(() => write([3], [{ table: 0, number: -1 }])).toThrow();
    expect(() => new AnsWriter([0])).toThrow();
  });

  it('notices any changed, missing or extra character instead of reading garbage', () => {
    const items = randomItems(3_000, 3);
    const text = write(ALPHABETS, items);
    const damaged = [
      text.slice(0, -1),
      text.slice(1),
      `${text}A`,
      `${text.slice(0, 100)}"${text.slice(101)}`,
      ...Array.from({ length: 60 }, (_, k) => {
        const at = Math.floor((k * text.length) / 60);
        const other = text[at] === 'B' ? 'C' : 'B';
        return text.slice(0, at) + other + text.slice(at + 1);
      }),
    ];
    for (const d of damaged) expect(() => read(d, ALPHABETS, items)).toThrow(/damaged/);
  });
});

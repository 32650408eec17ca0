import { describe, expect, it } from 'vitest';
import { normaliseReferenceCode, referenceCode } from './reference-code.ts';

const FORMAT = /^[A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

/** Deterministic byte strings that together cover every byte value. */
function samples(): Uint8Array[] {
  return Array.from({ length: 64 }, (_, i) =>
    Uint8Array.from({ length: 8 }, (_, j) => (i * 8 + j * 37) % 256),
  );
}

describe('referenceCode', () => {
  it('is the prefix and two groups of four', () => {
    expect(referenceCode('SMD', Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7]))).toBe('SMD-0123-4567');
    expect(referenceCode('ARK', Uint8Array.from([31, 30, 29, 28, 27, 26, 25, 24]))).toBe('ARK-ZYXW-VTSR');
    for (const bytes of samples()) expect(referenceCode('SMD', bytes)).toMatch(FORMAT);
  });

  it('never uses I, L, O or U, which are misread and mistyped', () => {
    const used = new Set<string>();
    for (let b = 0; b < 256; b++) {
      for (const ch of referenceCode('SMD', new Uint8Array(8).fill(b)).slice(4)) used.add(ch);
    }
    used.delete('-');
    expect([...used].filter((ch) => 'ILOU'.includes(ch))).toEqual([]);
    expect(used.size).toBe(32);
  });

  it('uses only the first 8 bytes and refuses fewer', () => {
    const bytes = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(referenceCode('SMD', bytes)).toBe(referenceCode('SMD', bytes.subarray(0, 8)));
    expect(() => referenceCode('SMD', new Uint8Array(7))).toThrow('8 random bytes');
  });
});

describe('normaliseReferenceCode', () => {
  it.each([
    ['exactly as shown', (c: string) => c],
    ['in lower case', (c: string) => c.toLowerCase()],
    ['without hyphens', (c: string) => c.replace(/-/g, '')],
    ['with spaces instead of hyphens', (c: string) => c.replace(/-/g, ' ')],
    ['with surrounding spaces', (c: string) => `  ${c}\n`],
    [
      'in full width',
      (c: string) => c.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)),
    ],
    ['with katakana long marks for hyphens', (c: string) => c.replace(/-/g, 'ー')],
  ])('reads a code typed %s', (_how, typed) => {
    for (const bytes of samples()) {
      const code = referenceCode('SMD', bytes);
      expect(normaliseReferenceCode(typed(code))).toBe(code);
    }
  });

  it('reads O as zero and I or L as one after the prefix', () => {
    expect(normaliseReferenceCode('smd-7k3o-9pxi')).toBe('SMD-7K30-9PX1');
    expect(normaliseReferenceCode('SMD-L0L0-ILOI')).toBe('SMD-1010-1101');
  });

  it('leaves the prefix letters alone', () => {
    expect(normaliseReferenceCode('OIL-0000-0000')).toBe('OIL-0000-0000');
  });

  it.each([
    ['too short', 'SMD-7K3Q-9PX'],
    ['too long', 'SMD-7K3Q-9PXMM'],
    ['with U, which codes never contain', 'SMD-7K3Q-9PXU'],
    ['with a digit in the prefix', 'SM1-7K3Q-9PXM'],
    ['with punctuation inside', 'SMD-7K3Q-9PX!'],
    ['empty', ''],
  ])('rejects a code %s', (_why, typed) => {
    expect(normaliseReferenceCode(typed)).toBeNull();
  });
});

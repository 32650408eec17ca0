import { describe, expect, it } from 'vitest';
import { DigitReader, unzigzag, writeDigits, zigzag } from './digits.ts';

describe('digits', () => {
  it('reads back whole numbers of any size, small ones one printable character each', () => {
    const numbers = [0, 1, 45, 46, 2115, 2116, 97_335, 524_287, 2 ** 31, Number.MAX_SAFE_INTEGER];
    const text = writeDigits(numbers);
    expect(writeDigits([0, 1, 45])).toHaveLength(3);
    expect(text).toMatch(/^[!#-[\]-~]+$/);
    const reader = new DigitReader(text);
    expect(numbers.map(() => reader.next())).toEqual(numbers);
    expect(reader.done).toBe(true);
  });

  it('zigzags signed weights to small numbers and back', () => {
    const qs = [-128, -47, -1, 0, 1, 46, 127];
    expect(qs.map(zigzag)).toEqual([255, 93, 1, 0, 2, 92, 254]);
    expect(qs.map(zigzag).map(unzigzag)).toEqual(qs);
  });

  it('refuses text cut short or with a character it never writes', () => {
    expect(() => writeDigits([-1])).toThrow();
    const cut = new DigitReader(writeDigits([5000]).slice(0, -1));
    expect(() => cut.next()).toThrow(/damaged/);
    expect(() => new DigitReader('"').next()).toThrow(/damaged/);
  });
});

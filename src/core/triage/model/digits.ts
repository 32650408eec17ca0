/**
 * Whole numbers as printable text, for the model's weights in the Worker bundle: each number is
 * written in base 46, least significant digit first, over 92 characters that need no escaping in a
 * JSON string — a digit from the first 46 ends the number, one from the last 46 says more follow.
 * Small numbers (most of ours) take one character each, so every run keeps the pattern of its values
 * for gzip to find, which base64 (three bytes spread over four characters) broke up: the same weights
 * are about 140 KiB smaller gzipped than they were as base64.
 */
const ALPHABET = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i))
  .filter((c) => c !== '"' && c !== '\\')
  .join('');
const BASE = ALPHABET.length / 2;
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/** Numbers ≥ 0 → text. */
export function writeDigits(numbers: Iterable<number>): string {
  let out = '';
  for (let n of numbers) {
    if (!Number.isInteger(n) || n < 0) throw new Error(`not a whole number ≥ 0: ${n}`);
    while (n >= BASE) {
      out += ALPHABET[BASE + (n % BASE)];
      n = Math.floor(n / BASE);
    }
    out += ALPHABET[n];
  }
  return out;
}

/** Reads numbers back from `text`, one at a time, in order. */
export class DigitReader {
  private at = 0;
  private readonly text: string;
  constructor(text: string) {
    this.text = text;
  }

  get done(): boolean {
    return this.at >= this.text.length;
  }

  next(): number {
    let n = 0;
    for (let scale = 1; ; scale *= BASE) {
      const v = VALUE[this.text.charCodeAt(this.at++)] ?? -1;
      if (v < 0) throw new Error('the triage model is damaged');
      if (v < BASE) return n + v * scale;
      n += (v - BASE) * scale;
    }
  }
}

/** Signed ↔ unsigned, small either way (0, −1, 1, −2, 2 … → 0, 1, 2, 3, 4 …). */
export const zigzag = (q: number): number => (q >= 0 ? 2 * q : -2 * q - 1);
export const unzigzag = (z: number): number => (z % 2 === 0 ? z / 2 : -(z + 1) / 2);

/** Crockford base32 without I, L, O, U: easy to read aloud and to type. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A reference like `SMD-7K3Q-9PXM` from 8 random bytes (40 bits used). */
export function referenceCode(prefix: string, random: Uint8Array): string {
  if (random.length < 8) throw new Error('referenceCode needs 8 random bytes');
  const chars = Array.from(random.subarray(0, 8), (b) => ALPHABET[b % 32]).join('');
  return `${prefix}-${chars.slice(0, 4)}-${chars.slice(4, 8)}`;
}

const CODE_PATTERN = /^[A-Z]{3}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** Reads a code as a resident might type it (lower case, O for 0, spaces). */
export function normaliseReferenceCode(input: string): string | null {
  const compact = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐－ー]/g, '');
  if (compact.length !== 11) return null;
  const head = compact.slice(0, 3);
  const tail = compact.slice(3).replace(/O/g, '0').replace(/[IL]/g, '1');
  const code = `${head}-${tail.slice(0, 4)}-${tail.slice(4)}`;
  return CODE_PATTERN.test(code) ? code : null;
}

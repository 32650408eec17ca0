/** Japanese phone numbers as residents type them: full-width digits, hyphens, +81. */
export function normalisePhone(input: string): string | null {
  const digits = input
    .normalize('NFKC')
    .replace(/[\s\-‐‑‒–—―−－ー()（）]/g, '')
    .replace(/^\+81/, '0');
  return /^0\d{9,10}$/.test(digits) ? digits : null;
}

export const VALIDATORS = {
  phone: normalisePhone,
  nonEmpty: (input: string) => (input.trim().length > 0 ? input : null),
} as const;

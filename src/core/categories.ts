/** The triage vocabulary (PRODUCT.md). Order is the order buttons are shown in. */
export const CATEGORIES = [
  'elderly',
  'disability',
  'child',
  'youth',
  'women',
  'livelihood',
  'housing',
  'mental_health',
  'hikikomori',
  'single_parent',
  'carer',
  'rights',
  'isolation',
  'multicultural',
  'medical',
  'other',
] as const;

export type Category = (typeof CATEGORIES)[number];

export const CRISIS_SIGNALS = ['suicide', 'child_abuse', 'violence', 'emergency'] as const;
export type CrisisSignal = (typeof CRISIS_SIGNALS)[number];

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

export function isCrisisSignal(value: unknown): value is CrisisSignal {
  return typeof value === 'string' && (CRISIS_SIGNALS as readonly string[]).includes(value);
}

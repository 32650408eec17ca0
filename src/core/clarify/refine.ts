import type { Category } from '../categories.ts';

/**
 * Below this triage confidence (0..1) the bot asks who the concern is about before answering. Chosen
 * from the labelled sets: the first category was right ~30% of the time at confidence 0.5–0.7 and
 * 88–98% above it.
 */
export const UNSURE_BELOW = 0.7;

/** Answers to "who is this about?" (button values after `who:`). */
export const ABOUT_WHO = ['self', 'child', 'parent', 'family', 'other', 'skip'] as const;
/** Answers to "how old?" (button values after `age:`). */
export const AGE_BANDS = ['under18', '18to39', '40to64', '65plus', 'skip'] as const;

const WHO_HINTS: Record<string, Category[]> = { child: ['child'], parent: ['elderly'] };
const AGE_HINTS: Record<string, Category[]> = {
  under18: ['child'],
  '18to39': ['youth'],
  '65plus': ['elderly'],
};

/** Whether triage is too unsure to answer without a clarifying question ("other" alone is not an answer). */
export function isUnsure(categories: readonly Category[], confidence: number): boolean {
  return categories.every((c) => c === 'other') || confidence < UNSURE_BELOW;
}

/**
 * The categories after the clarifying answers: who and how old point at a window (a child → 子ども,
 * 65 or over → 高齢), ahead of what the words suggested; "other" only when nothing else is left.
 */
export function refineCategories(
  found: readonly Category[],
  aboutWho: unknown,
  ageBand: unknown,
): Category[] {
  const hints = [...(WHO_HINTS[String(aboutWho)] ?? []), ...(AGE_HINTS[String(ageBand)] ?? [])];
  const merged = [...new Set([...hints, ...found])].filter((c) => c !== 'other');
  return merged.length > 0 ? merged.slice(0, 3) : ['other'];
}

import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CATEGORIES, CRISIS_SIGNALS } from '../../src/core/categories.ts';
import { triage } from '../../src/core/triage/index.ts';
import type { TriageResult } from '../../src/core/triage/types.ts';

/** One labelled concern: categories best first (order among several is not judged), crisis or null. */
export const Labelled = z.object({
  id: z.string(),
  lang: z.enum(['ja', 'ja-easy', 'en', 'zh-Hans', 'zh-Hant', 'ko', 'vi', 'ne', 'tl', 'pt', 'id']),
  text: z.string().min(1),
  categories: z.array(z.enum(CATEGORIES)).min(1),
  crisis: z.enum(CRISIS_SIGNALS).nullable(),
});
export type LabelledT = z.infer<typeof Labelled>;

export function readSet(path: string): LabelledT[] {
  return readFileSync(new URL(path, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => Labelled.parse(JSON.parse(line)));
}

/** Batches measured and never tuned against nor trained on: nobody opens their lines. */
export const EXAM_BATCHES = [
  9, 10, 11, 12, 13, 14, 22, 23, 29, 33, 37, 44, 45, 50, 54, 59, 62, 66, 69, 71, 73, 74,
];

/** Crisis batches kept as exams the same way (`fresh-crisis-N.jsonl`): crisis recall on words nobody has read. */
export const EXAM_CRISIS_BATCHES = [10, 14, 17, 19];

/** Every exam file: the exam batches and the exam crisis batches. */
export const EXAM_SETS = [
  ...EXAM_BATCHES.map((n) => `fresh-${n}.jsonl`),
  ...EXAM_CRISIS_BATCHES.map((n) => `fresh-crisis-${n}.jsonl`),
];

/**
 * Batches of the mix residents send that, once measured blind, joined development: the lexicons are
 * tuned against them and the model is trained on them (`npm run train:triage`). A new batch is
 * measured before it is listed here.
 */
export const DEVELOPMENT_BATCHES = [
  5, 6, 7, 8, 15, 16, 17, 18, 19, 20, 21, 24, 25, 26, 27, 28, 30, 31, 32, 34, 35, 36, 38, 39, 40, 41, 42, 43,
  46, 47, 48, 49, 51, 52, 53, 55, 56, 57, 58, 60, 61, 63, 64, 65, 67, 68, 70, 72, 75,
];

/** Every development file in this folder: the team's set, the crisis batches and the development batches. */
export const DEVELOPMENT_SETS = [
  'eval-set.jsonl',
  'fresh-crisis.jsonl',
  ...[2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13].map((n) => `fresh-crisis-${n}.jsonl`),
  ...DEVELOPMENT_BATCHES.map((n) => `fresh-${n}.jsonl`),
];

interface Ratio {
  hit: number;
  of: number;
}

export interface Scores {
  count: number;
  /** The engine's first category is one of the labelled ones (`other` when it found none). */
  top1: Ratio;
  /** Concerns labelled with 2+ categories: flagged compound, with 2+ of its categories labelled. */
  compound: Ratio;
  /** Concerns labelled as a crisis that raised any crisis signal. */
  crisisRecall: Ratio;
  /** …and raised the labelled signal. */
  crisisExact: Ratio;
  /** Concerns labelled as no crisis that raised one. */
  falseAlarm: Ratio;
  /** Missed crises that still got the "just in case" numbers (crisisWatch). */
  watchedMisses: Ratio;
  /** Concerns labelled as no crisis that were shown the "just in case" numbers anyway. */
  watchedSafe: Ratio;
  /** Concerns labelled with one category that the engine flagged compound. */
  falseCompound: Ratio;
  language: Ratio;
}

export interface Miss {
  id: string;
  what: string;
  expected: string;
  got: string;
}

const ratio = (): Ratio => ({ hit: 0, of: 0 });

export function score(
  items: LabelledT[],
  misses: Miss[] = [],
  engine: (text: string) => TriageResult = triage,
): Scores {
  const s: Scores = {
    count: items.length,
    top1: ratio(),
    compound: ratio(),
    crisisRecall: ratio(),
    crisisExact: ratio(),
    falseAlarm: ratio(),
    watchedMisses: ratio(),
    watchedSafe: ratio(),
    falseCompound: ratio(),
    language: ratio(),
  };
  for (const item of items) {
    const result = engine(item.text);
    const got = result.categories.length > 0 ? result.categories.map((c) => c.code) : ['other' as const];
    const first = got[0] ?? 'other';
    const top1 = item.categories.includes(first);
    s.top1.of++;
    if (top1) s.top1.hit++;
    else misses.push({ id: item.id, what: 'top1', expected: item.categories.join(','), got: got.join(',') });
    if (item.categories.length >= 2) {
      s.compound.of++;
      const overlap = got.filter((c) => item.categories.includes(c)).length;
      if (result.compound && overlap >= 2) s.compound.hit++;
      else
        misses.push({
          id: item.id,
          what: 'compound',
          expected: item.categories.join(','),
          got: got.join(','),
        });
    } else {
      s.falseCompound.of++;
      if (result.compound) {
        s.falseCompound.hit++;
        misses.push({ id: item.id, what: 'extra', expected: item.categories.join(','), got: got.join(',') });
      }
    }
    if (item.crisis) {
      s.crisisRecall.of++;
      s.crisisExact.of++;
      if (result.crisis) s.crisisRecall.hit++;
      else {
        misses.push({ id: item.id, what: 'crisis missed', expected: item.crisis, got: 'null' });
        s.watchedMisses.of++;
        if (result.crisisWatch) s.watchedMisses.hit++;
      }
      if (result.crisis === item.crisis) s.crisisExact.hit++;
    } else {
      s.falseAlarm.of++;
      s.watchedSafe.of++;
      if (result.crisisWatch) s.watchedSafe.hit++;
      if (result.crisis) {
        s.falseAlarm.hit++;
        misses.push({ id: item.id, what: 'false alarm', expected: 'null', got: result.crisis });
      }
    }
    s.language.of++;
    const expected = item.lang === 'ja-easy' ? 'ja' : item.lang;
    if (result.language === expected) s.language.hit++;
    else misses.push({ id: item.id, what: 'language', expected, got: result.language });
  }
  return s;
}

export function rate(r: Ratio): number {
  return r.of === 0 ? Number.NaN : r.hit / r.of;
}

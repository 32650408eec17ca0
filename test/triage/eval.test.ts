import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/train-triage.ts';
import { rate, readSet, score } from './metrics.ts';

const team = readSet('./eval-set.jsonl');
const holdout = readSet('./holdout.jsonl');
const fresh1 = readSet('./fresh-crisis.jsonl');
const fresh2 = readSet('./fresh-crisis-2.jsonl');
const fresh3 = readSet('./fresh-crisis-3.jsonl');
const fresh4 = readSet('./fresh-crisis-4.jsonl');
const dev = [...readSet('./fresh-5.jsonl'), ...readSet('./fresh-6.jsonl')];
const fresh7 = readSet('./fresh-7.jsonl');
const fresh8 = readSet('./fresh-8.jsonl');
const corpus = readCorpus().items;
const LANGUAGES = ['ja', 'ja-easy', 'en', 'zh-Hans', 'zh-Hant', 'ko', 'vi', 'ne', 'tl', 'pt', 'id'];

describe('the labelled sets', () => {
  it('cover every language with compound, crisis and alarming-but-safe concerns', () => {
    expect(team.length).toBeGreaterThanOrEqual(400);
    expect(holdout.length).toBeGreaterThanOrEqual(120);
    for (const set of [team, holdout]) {
      for (const lang of LANGUAGES) expect(set.filter((i) => i.lang === lang).length).toBeGreaterThan(5);
      expect(set.filter((i) => i.categories.length >= 2).length).toBeGreaterThan(30);
      expect(set.filter((i) => i.crisis !== null).length).toBeGreaterThan(25);
    }
    const ids = [
      ...team,
      ...holdout,
      ...fresh1,
      ...fresh2,
      ...fresh3,
      ...fresh4,
      ...dev,
      ...fresh7,
      ...fresh8,
    ].map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    const texts = new Set(team.map((i) => i.text));
    for (const set of [holdout, fresh1, fresh2, fresh3, fresh4, dev, fresh7, fresh8])
      expect(set.filter((i) => texts.has(i.text))).toEqual([]);
  });

  it('batches 5–8 mix ordinary, compound, crisis and alarming-but-safe concerns, 40 in every language', () => {
    for (const set of [dev, fresh7, fresh8]) {
      for (const lang of LANGUAGES)
        expect(set.filter((i) => i.lang === lang).length).toBe(set === dev ? 80 : 40);
      expect(set.filter((i) => i.crisis !== null).length / set.length).toBeCloseTo(0.25, 1);
      expect(set.filter((i) => i.crisis === null && i.categories.length >= 2).length).toBeGreaterThan(
        set.length / 6,
      );
    }
  });

  it('none of the measured sets is in the model’s training corpus', () => {
    const trained = new Set(corpus.map((i) => i.text));
    for (const set of [team, holdout, fresh1, fresh2, fresh3, fresh4, dev, fresh7, fresh8])
      expect(set.filter((i) => trained.has(i.text))).toEqual([]);
  });

  it('fresh crisis batches: every language, crises in indirect wording and alarming-but-safe concerns', () => {
    for (const [set, crises] of [
      [fresh1, 120],
      [fresh2, 80],
      [fresh4, 60],
    ] as const) {
      for (const lang of LANGUAGES)
        expect(set.filter((i) => i.lang === lang).length).toBeGreaterThanOrEqual(set === fresh4 ? 12 : 14);
      expect(set.filter((i) => i.crisis !== null).length).toBeGreaterThanOrEqual(crises);
      expect(set.filter((i) => i.crisis === null).length).toBeGreaterThanOrEqual(crises);
    }
  });
});

// Floors: what was measured (rounded down), so a lexicon edit or a retrained model that loses ground
// fails here. The targets are top-1 ≥ 90%, compound recall ≥ 85%, every crisis found and false
// alarms ≤ 3%, on concerns nobody has seen: batch 7 is the nearest we have to that.
describe('triage floors', () => {
  const floors = (
    set: typeof team,
    f: { top1?: number; compound?: number; crisis: number; falseAlarm: number },
  ) => {
    const s = score(set);
    if (f.top1 !== undefined) expect(rate(s.top1)).toBeGreaterThanOrEqual(f.top1);
    if (f.compound !== undefined) expect(rate(s.compound)).toBeGreaterThanOrEqual(f.compound);
    expect(rate(s.crisisRecall)).toBeGreaterThanOrEqual(f.crisis);
    expect(rate(s.falseAlarm)).toBeLessThanOrEqual(f.falseAlarm);
  };

  it('team set: top-1 ≥ 95%, compound recall ≥ 85%, every crisis found, false alarms ≤ 3%', () => {
    floors(team, { top1: 0.95, compound: 0.85, crisis: 1, falseAlarm: 0.03 });
    expect(rate(score(team).language)).toBeGreaterThanOrEqual(0.95);
  });

  it('held-out set: top-1 ≥ 95%, compound recall ≥ 75%, every crisis found, false alarms ≤ 3%', () => {
    floors(holdout, { top1: 0.95, compound: 0.75, crisis: 1, falseAlarm: 0.03 });
  });

  // Batches 1–4: crises in everyday, indirect wording and alarming-but-safe concerns; the lexicon
  // writers have read them all.
  it('fresh batches 1–4: every crisis found; false alarms ≤ 2%, ≤ 3.5%, ≤ 3%, none', () => {
    floors(fresh1, { crisis: 1, falseAlarm: 0.02 });
    floors(fresh2, { crisis: 1, falseAlarm: 0.035 });
    floors(fresh3, { crisis: 1, falseAlarm: 0.03 });
    floors(fresh4, { crisis: 1, falseAlarm: 0 });
  });

  // Batches 5 and 6 chose the engine's weights and thresholds. With the fifth corpus round, the
  // recall pass over the crisis concepts, romanised Nepali and a model that reads concerns without
  // greetings and thanks: 90.6% top-1, 78.0% compound recall, 218 of 220 crises, 2.7% false alarms
  // (before: 90.6%, 77.1%, 212 of 220, 2.4%).
  it('development batches 5–6: top-1 ≥ 90%, compound recall ≥ 77.5%, crisis recall ≥ 99%, false alarms ≤ 2.8%', () => {
    floors(dev, { top1: 0.9, compound: 0.775, crisis: 0.99, falseAlarm: 0.028 });
  });

  // Batch 7 was never tuned against: 88.6% top-1, 77.8% compound recall, 108 of 110 crises, 10 of
  // 330 false alarms (3.0%); first measured at 87.5%, 81.5%, 108 of 110, 2.7%.
  it('batch 7 (never tuned against): top-1 ≥ 88%, compound recall ≥ 77%, crisis recall ≥ 98%, false alarms ≤ 3.1%', () => {
    floors(fresh7, { top1: 0.88, compound: 0.77, crisis: 0.98, falseAlarm: 0.031 });
  });

  // Batch 8, the exam, never tuned against, measured after each step: before the fifth corpus round
  // 88.9% top-1, 82.8% compound recall, 106 of 110 crises, 15 of 330 false alarms (4.5%); after the
  // round and the crisis recall pass 91.1%, 86.0%, 108, 11 (3.3%); as shipped 90.9%, 87.3%, 109 of
  // 110, 12 of 330 (3.6%). Top-1 and compound recall meet the targets; one crisis missed and 3.6%
  // false alarms do not.
  it('batch 8 (never tuned against): top-1 ≥ 90%, compound recall ≥ 87%, crisis recall ≥ 99%, false alarms ≤ 3.7%', () => {
    floors(fresh8, { top1: 0.9, compound: 0.87, crisis: 0.99, falseAlarm: 0.037 });
  });
});

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
    const ids = [...team, ...holdout, ...fresh1, ...fresh2, ...fresh3, ...fresh4, ...dev, ...fresh7, ...fresh8].map(
      (i) => i.id,
    );
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
  // The model retrained with the fifth corpus round raised one more false alarm in each of 1 and 2.
  it('fresh batches 1–4: every crisis found; false alarms ≤ 2.5%, ≤ 4.6%, ≤ 3%, none', () => {
    floors(fresh1, { crisis: 1, falseAlarm: 0.025 });
    floors(fresh2, { crisis: 1, falseAlarm: 0.046 });
    floors(fresh3, { crisis: 1, falseAlarm: 0.03 });
    floors(fresh4, { crisis: 1, falseAlarm: 0 });
  });

  // Batches 5 and 6 chose the engine's weights and thresholds (measured 90.6% top-1, 77.1% compound
  // recall, 212 of 220 crises, 2.4% false alarms).
  it('development batches 5–6: top-1 ≥ 90%, compound recall ≥ 76%, crisis recall ≥ 96%, false alarms ≤ 2.5%', () => {
    floors(dev, { top1: 0.9, compound: 0.76, crisis: 0.96, falseAlarm: 0.025 });
  });

  // Batch 7 was never tuned against. First measured with the model before 13 corpus lines that
  // repeated evaluation texts were removed (87.5% top-1, 81.5% compound, 108 of 110 crises, 2.7%
  // false alarms); with the shipped model 88.0%, 78.7%, 108 of 110 and 10 of 330 (3.0%). Short of the
  // targets on top-1, compound recall and crisis recall, and at the edge on false alarms.
  // Retrained with the fifth corpus round: 88.4%, 79.6%, 108 of 110, 11 of 330 (3.3%).
  it('batch 7 (never tuned against): top-1 ≥ 87%, compound recall ≥ 78%, crisis recall ≥ 98%, false alarms ≤ 3.4%', () => {
    floors(fresh7, { top1: 0.87, compound: 0.78, crisis: 0.98, falseAlarm: 0.034 });
  });
});

import { describe, expect, it } from 'vitest';
import { rate, readSet, score } from './metrics.ts';

const team = readSet('./eval-set.jsonl');
const holdout = readSet('./holdout.jsonl');
const fresh1 = readSet('./fresh-crisis.jsonl');
const fresh2 = readSet('./fresh-crisis-2.jsonl');
const fresh3 = readSet('./fresh-crisis-3.jsonl');
const fresh4 = readSet('./fresh-crisis-4.jsonl');
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
    const ids = [...team, ...holdout, ...fresh1, ...fresh2, ...fresh3, ...fresh4].map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    const texts = new Set(team.map((i) => i.text));
    for (const set of [holdout, fresh1, fresh2, fresh3, fresh4])
      expect(set.filter((i) => texts.has(i.text))).toEqual([]);
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

// Floors: the targets where the engine meets them, so a lexicon edit that loses ground fails here.
describe('triage floors', () => {
  it('team set: top-1 ≥ 95%, compound recall ≥ 85%, every crisis found, false alarms ≤ 3%', () => {
    const s = score(team);
    expect(rate(s.top1)).toBeGreaterThanOrEqual(0.95);
    expect(rate(s.compound)).toBeGreaterThanOrEqual(0.85);
    expect(rate(s.crisisRecall)).toBe(1);
    expect(rate(s.falseAlarm)).toBeLessThanOrEqual(0.03);
    expect(rate(s.language)).toBeGreaterThanOrEqual(0.95);
  });

  // The target for crisis recall is 100%; the held-out set misses one of 33 (see the issue notes), so
  // this floor guards what was measured rather than claiming the target.
  it('held-out set: top-1 ≥ 90%, compound recall ≥ 70%, crisis recall ≥ 96%, false alarms ≤ 3%', () => {
    const s = score(holdout);
    expect(rate(s.top1)).toBeGreaterThanOrEqual(0.9);
    expect(rate(s.compound)).toBeGreaterThanOrEqual(0.7);
    expect(rate(s.crisisRecall)).toBeGreaterThanOrEqual(0.96);
    expect(rate(s.falseAlarm)).toBeLessThanOrEqual(0.03);
  });

  // Fresh batches: crises in everyday wording written after the lexicons, with alarming-but-safe
  // concerns. Batches 1 and 2 shaped the productive crisis rules (`pairs`, `framing`), so they guard
  // what was learnt from them. Batch 3 was written before the second round and measured once,
  // untuned: 26 of 77 crises found, 11 of 77 safe concerns alarmed. Its floors hold what was
  // measured, far from the targets (every crisis found, false alarms ≤ 3%).
  it('fresh batch 1 (tuned against): crisis recall ≥ 99%, false alarms ≤ 2%', () => {
    const s = score(fresh1);
    expect(rate(s.crisisRecall)).toBeGreaterThanOrEqual(0.99);
    expect(rate(s.falseAlarm)).toBeLessThanOrEqual(0.02);
  });

  it('fresh batch 2 (tuned against after one blind measurement): crisis recall ≥ 98%, false alarms ≤ 3.5%', () => {
    const s = score(fresh2);
    expect(rate(s.crisisRecall)).toBeGreaterThanOrEqual(0.98);
    expect(rate(s.falseAlarm)).toBeLessThanOrEqual(0.035);
  });

  it('fresh batch 3 (never tuned against): crisis recall ≥ 33%, false alarms ≤ 15%', () => {
    const s = score(fresh3);
    expect(rate(s.crisisRecall)).toBeGreaterThanOrEqual(0.33);
    expect(rate(s.falseAlarm)).toBeLessThanOrEqual(0.15);
  });

  // Batch 4 was written after round 3 (the heart-attack, implement, pouring, farewell, stepparent and
  // shut-out families, and the childhood, first-aid, documentary and joke frames) and measured once,
  // untuned: 49 of 66 crises found, 0 of 66 safe concerns alarmed. Its floors hold what was measured.
  it('fresh batch 4 (never tuned against): crisis recall ≥ 74%, no false alarms', () => {
    const s = score(fresh4);
    expect(rate(s.crisisRecall)).toBeGreaterThanOrEqual(0.74);
    expect(rate(s.falseAlarm)).toBeLessThanOrEqual(0);
  });
});

import { describe, expect, it } from 'vitest';
import { rate, readSet, score } from './metrics.ts';

const team = readSet('./eval-set.jsonl');
const holdout = readSet('./holdout.jsonl');
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
    const ids = [...team, ...holdout].map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    const texts = new Set(team.map((i) => i.text));
    expect(holdout.filter((i) => texts.has(i.text))).toEqual([]);
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
});

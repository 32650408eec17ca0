import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/train-triage.ts';
import { DESCRIPTIONS } from './descriptions.ts';
import { DEVELOPMENT_SETS, EXAM_SETS, rate, readSet, score } from './metrics.ts';

const team = readSet('./eval-set.jsonl');
const holdout = readSet('./holdout.jsonl');
const fresh1 = readSet('./fresh-crisis.jsonl');
const fresh2 = readSet('./fresh-crisis-2.jsonl');
const fresh3 = readSet('./fresh-crisis-3.jsonl');
const fresh4 = readSet('./fresh-crisis-4.jsonl');
const freshCrisis5 = readSet('./fresh-crisis-5.jsonl');
const freshCrisis6 = readSet('./fresh-crisis-6.jsonl');
const freshCrisis7 = readSet('./fresh-crisis-7.jsonl');
const freshCrisis8 = readSet('./fresh-crisis-8.jsonl');
const freshCrisis9 = readSet('./fresh-crisis-9.jsonl');
const freshCrisis10 = readSet('./fresh-crisis-10.jsonl');
const freshCrisis11 = readSet('./fresh-crisis-11.jsonl');
const freshCrisis12 = readSet('./fresh-crisis-12.jsonl');
const freshCrisis13 = readSet('./fresh-crisis-13.jsonl');
const freshCrisis14 = readSet('./fresh-crisis-14.jsonl');
const freshCrisis17 = readSet('./fresh-crisis-17.jsonl');
const freshCrisis19 = readSet('./fresh-crisis-19.jsonl');
const crisis15 = readSet('./corpus-next/crisis-15.jsonl');
const crisis16 = readSet('./corpus-next/crisis-16.jsonl');
const crisis18 = readSet('./corpus-next/crisis-18.jsonl');
const crisis20 = readSet('./corpus-next/crisis-20.jsonl');
const crisis21 = readSet('./corpus-next/crisis-21.jsonl');
const plain = readSet('./corpus-next/plain.jsonl');
const plain2 = readSet('./corpus-next/plain-2.jsonl');
const crisis22 = readSet('./corpus-next/crisis-22.jsonl');
const crisis23 = readSet('./corpus-next/crisis-23.jsonl');
const batch76 = readSet('./corpus-next/mix-76.jsonl');
const plain4 = readSet('./corpus-next/plain-4.jsonl');
const plain5 = readSet('./corpus-next/plain-5.jsonl');
const crisis24 = readSet('./corpus-next/crisis-24.jsonl');
const crisis25 = readSet('./corpus-next/crisis-25.jsonl');
const crisis26 = readSet('./corpus-next/crisis-26.jsonl');
const batch77 = readSet('./corpus-next/mix-77.jsonl');
const plain6 = readSet('./corpus-next/plain-6.jsonl');
const crisis27 = readSet('./corpus-next/crisis-27.jsonl');
const crisis28 = readSet('./corpus-next/crisis-28.jsonl');
const crisis29 = readSet('./corpus-next/crisis-29.jsonl');
const crisis30 = readSet('./corpus-next/crisis-30.jsonl');
const batch78 = readSet('./corpus-next/mix-78.jsonl');
const batch79 = readSet('./corpus-next/mix-79.jsonl');
const plain7 = readSet('./corpus-next/plain-7.jsonl');
const crisis31 = readSet('./corpus-next/crisis-31.jsonl');
const crisis32 = readSet('./corpus-next/crisis-32.jsonl');
const crisis33 = readSet('./corpus-next/crisis-33.jsonl');
const crisis34 = readSet('./corpus-next/crisis-34.jsonl');
const crisis35 = readSet('./corpus-next/crisis-35.jsonl');
const batch80 = readSet('./corpus-next/mix-80.jsonl');
const batch81 = readSet('./corpus-next/mix-81.jsonl');
const crisis36 = readSet('./corpus-next/crisis-36.jsonl');
const crisis37 = readSet('./corpus-next/crisis-37.jsonl');
const crisis38 = readSet('./corpus-next/crisis-38.jsonl');
const crisis39 = readSet('./corpus-next/crisis-39.jsonl');
const crisis40 = readSet('./corpus-next/crisis-40.jsonl');
const crisis41 = readSet('./corpus-next/crisis-41.jsonl');
const batch82 = readSet('./corpus-next/mix-82.jsonl');
const batch83 = readSet('./corpus-next/mix-83.jsonl');
const crisis42 = readSet('./corpus-next/crisis-42.jsonl');
const crisis43 = readSet('./corpus-next/crisis-43.jsonl');
const crisis44 = readSet('./corpus-next/crisis-44.jsonl');
const crisis45 = readSet('./corpus-next/crisis-45.jsonl');
const crisis46 = readSet('./corpus-next/crisis-46.jsonl');
const batch84 = readSet('./corpus-next/mix-84.jsonl');
const batch85 = readSet('./corpus-next/mix-85.jsonl');
const batch86 = readSet('./corpus-next/mix-86.jsonl');
const crisis47 = readSet('./corpus-next/crisis-47.jsonl');
const crisis48 = readSet('./corpus-next/crisis-48.jsonl');
const crisis49 = readSet('./corpus-next/crisis-49.jsonl');
const crisis50 = readSet('./corpus-next/crisis-50.jsonl');
const crisis51 = readSet('./corpus-next/crisis-51.jsonl');
const batch87 = readSet('./corpus-next/mix-87.jsonl');
const batch88 = readSet('./corpus-next/mix-88.jsonl');
const batch89 = readSet('./corpus-next/mix-89.jsonl');
const batch90 = readSet('./corpus-next/mix-90.jsonl');
const batch91 = readSet('./corpus-next/mix-91.jsonl');
const dev = [...readSet('./fresh-5.jsonl'), ...readSet('./fresh-6.jsonl')];
const fresh7 = readSet('./fresh-7.jsonl');
const fresh8 = readSet('./fresh-8.jsonl');
const fresh9 = readSet('./fresh-9.jsonl');
const fresh10 = readSet('./fresh-10.jsonl');
const fresh11 = readSet('./fresh-11.jsonl');
const fresh12 = readSet('./fresh-12.jsonl');
const fresh13 = readSet('./fresh-13.jsonl');
const fresh14 = readSet('./fresh-14.jsonl');
const fresh15 = readSet('./fresh-15.jsonl');
const fresh16 = readSet('./fresh-16.jsonl');
const fresh17 = readSet('./fresh-17.jsonl');
const fresh18 = readSet('./fresh-18.jsonl');
const fresh19 = readSet('./fresh-19.jsonl');
const fresh20 = readSet('./fresh-20.jsonl');
const fresh21 = readSet('./fresh-21.jsonl');
const fresh22 = readSet('./fresh-22.jsonl');
const fresh23 = readSet('./fresh-23.jsonl');
const fresh24 = readSet('./fresh-24.jsonl');
const fresh25 = readSet('./fresh-25.jsonl');
const fresh26 = readSet('./fresh-26.jsonl');
const fresh27 = readSet('./fresh-27.jsonl');
const fresh28 = readSet('./fresh-28.jsonl');
const fresh29 = readSet('./fresh-29.jsonl');
const fresh30 = readSet('./fresh-30.jsonl');
const fresh31 = readSet('./fresh-31.jsonl');
const fresh32 = readSet('./fresh-32.jsonl');
const fresh33 = readSet('./fresh-33.jsonl');
const fresh34 = readSet('./fresh-34.jsonl');
const fresh35 = readSet('./fresh-35.jsonl');
const fresh36 = readSet('./fresh-36.jsonl');
const fresh37 = readSet('./fresh-37.jsonl');
const fresh38 = readSet('./fresh-38.jsonl');
const fresh39 = readSet('./fresh-39.jsonl');
const fresh40 = readSet('./fresh-40.jsonl');
const fresh41 = readSet('./fresh-41.jsonl');
const fresh42 = readSet('./fresh-42.jsonl');
const fresh43 = readSet('./fresh-43.jsonl');
const fresh44 = readSet('./fresh-44.jsonl');
const fresh45 = readSet('./fresh-45.jsonl');
const fresh46 = readSet('./fresh-46.jsonl');
const fresh47 = readSet('./fresh-47.jsonl');
const fresh48 = readSet('./fresh-48.jsonl');
const fresh49 = readSet('./fresh-49.jsonl');
const fresh50 = readSet('./fresh-50.jsonl');
const fresh51 = readSet('./fresh-51.jsonl');
const fresh52 = readSet('./fresh-52.jsonl');
const fresh53 = readSet('./fresh-53.jsonl');
const fresh54 = readSet('./fresh-54.jsonl');
const fresh55 = readSet('./fresh-55.jsonl');
const fresh56 = readSet('./fresh-56.jsonl');
const fresh57 = readSet('./fresh-57.jsonl');
const fresh58 = readSet('./fresh-58.jsonl');
const fresh59 = readSet('./fresh-59.jsonl');
const fresh60 = readSet('./fresh-60.jsonl');
const fresh61 = readSet('./fresh-61.jsonl');
const fresh62 = readSet('./fresh-62.jsonl');
const fresh63 = readSet('./fresh-63.jsonl');
const fresh64 = readSet('./fresh-64.jsonl');
const fresh65 = readSet('./fresh-65.jsonl');
const fresh66 = readSet('./fresh-66.jsonl');
const fresh67 = readSet('./fresh-67.jsonl');
const fresh68 = readSet('./fresh-68.jsonl');
const fresh70 = readSet('./fresh-70.jsonl');
const fresh72 = readSet('./fresh-72.jsonl');
const fresh73 = readSet('./fresh-73.jsonl');
const fresh74 = readSet('./fresh-74.jsonl');
const fresh75 = readSet('./fresh-75.jsonl');
const fresh69 = readSet('./fresh-69.jsonl');
const fresh71 = readSet('./fresh-71.jsonl');
const corpus = readCorpus().items;
/** Batches 7–66 (45, 50, 54, 59, 62 and 66 are exams kept apart): 40 concerns a language, the mix residents send, each written apart. */
const MIXED = [
  fresh7,
  fresh8,
  fresh9,
  fresh10,
  fresh11,
  fresh12,
  fresh13,
  fresh14,
  fresh15,
  fresh16,
  fresh17,
  fresh18,
  fresh19,
  fresh20,
  fresh21,
  fresh22,
  fresh23,
  fresh24,
  fresh25,
  fresh26,
  fresh27,
  fresh28,
  fresh29,
  fresh30,
  fresh31,
  fresh32,
  fresh33,
  fresh34,
  fresh35,
  fresh36,
  fresh37,
  fresh38,
  fresh39,
  fresh40,
  fresh41,
  fresh42,
  fresh43,
  fresh44,
  fresh45,
  fresh46,
  fresh47,
  fresh48,
  fresh49,
  fresh50,
  fresh51,
  fresh52,
  fresh53,
  fresh54,
  fresh55,
  fresh56,
  fresh57,
  fresh58,
  fresh59,
  fresh60,
  fresh61,
  fresh62,
  fresh63,
  fresh64,
  fresh65,
  fresh66,
  fresh67,
  fresh68,
  fresh69,
  fresh70,
  fresh71,
  fresh72,
  fresh73,
  fresh74,
  fresh75,
];
/** Every set the engine is measured on besides the team's own. */
const MEASURED = [
  holdout,
  fresh1,
  fresh2,
  fresh3,
  fresh4,
  freshCrisis5,
  freshCrisis6,
  freshCrisis7,
  freshCrisis8,
  freshCrisis9,
  freshCrisis10,
  freshCrisis11,
  dev,
  ...MIXED,
];
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
    const ids = [team, ...MEASURED].flatMap((set) => set.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    const texts = new Set(team.map((i) => i.text));
    for (const set of MEASURED) expect(set.filter((i) => texts.has(i.text))).toEqual([]);
  });

  it('batches 5–71 mix ordinary, compound, crisis and alarming-but-safe concerns, 40 in every language', () => {
    // Lines a batch lost because its writers wrote them word for word as another set or the corpus has them.
    // Lines found word for word (case and width aside) in an exam batch, taken out of development
    // when the model began to be trained on it: 5 ko, 8 ko, 17 ja, 18 ja-easy, 19 zh-Hant, 21 ja, 28 tl.
    const removed = new Map<typeof dev, string[]>([
      [dev, ['ko']],
      [fresh8, ['ko']],
      [fresh17, ['ja']],
      [fresh18, ['ja-easy']],
      [fresh19, ['zh-Hant']],
      [fresh21, ['ja']],
      [fresh22, ['en', 'zh-Hans', 'zh-Hant', 'ja-easy']],
      [fresh23, ['ko']],
      [fresh24, ['ja-easy', 'ja-easy']],
      [fresh25, ['en', 'en', 'zh-Hant']],
      [fresh26, ['ja-easy']],
      [fresh27, ['ja-easy', 'zh-Hans', 'zh-Hant', 'ne', 'id']],
      [fresh28, ['ja-easy', 'ja-easy', 'tl']],
      [fresh31, ['ja', 'ja', 'ja-easy']],
      [fresh32, ['ja-easy', 'ko']],
      [fresh35, ['ja', 'ko', 'ko', 'ne']],
      [fresh37, ['zh-Hant', 'ne']],
      [fresh39, ['pt']],
      [fresh44, ['zh-Hant', 'ko', 'pt']],
      [fresh47, ['zh-Hant']],
      [fresh49, ['ko']],
      [fresh50, ['en', 'zh-Hans', 'zh-Hans', 'ko']],
      [fresh51, ['zh-Hans']],
      [
        fresh56,
        ['ja', 'ja-easy', 'ja-easy', 'ja-easy', 'ja-easy', 'en', 'zh-Hans', 'zh-Hans', 'ko', 'id', 'id'],
      ],
      [fresh54, ['ja', 'zh-Hans', 'ko']],
      [fresh59, ['ja', 'ja-easy', 'ko']],
      [fresh60, ['ja-easy', 'ja-easy']],
      [fresh61, ['ja-easy', 'ja-easy', 'ne']],
      [fresh62, ['ja-easy', 'ko']],
      [fresh66, ['ja', 'zh-Hans', 'ko', 'pt', 'pt']],
      [fresh67, ['ja-easy', 'en', 'zh-Hans', 'ko', 'ko', 'ko', 'id']],
      [fresh69, ['ja']],
      [fresh71, ['ja', 'ja']],
      [fresh72, ['zh-Hans']],
      [fresh73, ['ja-easy', 'zh-Hant', 'zh-Hant', 'ko', 'ko']],
      [fresh74, ['ja']],
      [fresh75, ['zh-Hant']],
    ]);
    for (const set of [dev, ...MIXED]) {
      for (const lang of LANGUAGES)
        expect(set.filter((i) => i.lang === lang).length).toBe(
          (set === dev ? 80 : 40) - (removed.get(set) ?? []).filter((l) => l === lang).length,
        );
      expect(set.filter((i) => i.crisis !== null).length / set.length).toBeCloseTo(0.25, 1);
      expect(set.filter((i) => i.crisis === null && i.categories.length >= 2).length).toBeGreaterThan(
        set.length / 6,
      );
    }
  });

  it('every labelled file here is the held-out set, an exam batch or a development set, and only one', () => {
    const files = readdirSync(new URL('./', import.meta.url)).filter((n) => n.endsWith('.jsonl'));
    const exams = EXAM_SETS;
    const sorted = (names: string[]) => [...names].sort();
    expect(sorted(['holdout.jsonl', ...exams, ...DEVELOPMENT_SETS])).toEqual(sorted(files));
    // …and `npm run eval:triage` heads each with what it has been used for.
    expect(sorted(Object.keys(DESCRIPTIONS))).toEqual(sorted(files));
  });

  it('the model is trained on no exam batch and not on the held-out set', () => {
    const same = (text: string) => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
    const trained = new Set(corpus.map((i) => same(i.text)));
    const unseen = [holdout, ...EXAM_SETS.map((file) => readSet(`./${file}`))];
    for (const set of unseen) expect(set.filter((i) => trained.has(same(i.text)))).toEqual([]);
  });

  it('fresh crisis batches: every language, crises in indirect wording and alarming-but-safe concerns', () => {
    for (const [set, crises, safe] of [
      [fresh1, 120, 120],
      [fresh2, 80, 80],
      [fresh4, 60, 60],
      [freshCrisis5, 176, 154],
      [freshCrisis6, 176, 154],
      [freshCrisis7, 220, 220],
      [freshCrisis8, 220, 220],
      [freshCrisis9, 220, 220],
      [freshCrisis10, 220, 219],
      [freshCrisis11, 220, 220],
    ] as const) {
      for (const lang of LANGUAGES)
        expect(set.filter((i) => i.lang === lang).length).toBeGreaterThanOrEqual(set === fresh4 ? 12 : 14);
      expect(set.filter((i) => i.crisis !== null).length).toBeGreaterThanOrEqual(crises);
      expect(set.filter((i) => i.crisis === null).length).toBeGreaterThanOrEqual(safe);
    }
  });
});

// Floors: what was measured (rounded down), so a lexicon edit or a retrained model that loses ground
// fails here. The targets are top-1 ≥ 90%, compound recall ≥ 85%, every crisis found and false
// alarms ≤ 3%, on concerns nobody has seen: the exams (metrics.ts: EXAM_SETS) are the nearest we have to that.
describe('triage floors', () => {
  interface Floors {
    top1?: number;
    compound?: number;
    crisis: number;
    falseAlarm: number;
  }
  const floors = (set: typeof team, f: Floors) => {
    const s = score(set);
    if (f.top1 !== undefined) expect(rate(s.top1)).toBeGreaterThanOrEqual(f.top1);
    if (f.compound !== undefined) expect(rate(s.compound)).toBeGreaterThanOrEqual(f.compound);
    // (A set of safe messages only has no crisis recall to hold.)
    if (s.crisisRecall.of > 0) expect(rate(s.crisisRecall)).toBeGreaterThanOrEqual(f.crisis);
    expect(rate(s.falseAlarm)).toBeLessThanOrEqual(f.falseAlarm);
  };
  const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
  /** A batch's floors, named by them: "batch 7: top-1 ≥ 89.5%, compound recall ≥ 86%, …". */
  const floorCase = (name: string, set: typeof team, f: Floors) =>
    [
      `${name}: top-1 ≥ ${pct(f.top1 ?? 0)}, compound recall ≥ ${pct(f.compound ?? 0)}, ` +
        (f.crisis === 1 ? 'every crisis found' : `crisis recall ≥ ${pct(f.crisis)}`) +
        `, false alarms ≤ ${pct(f.falseAlarm)}`,
      set,
      f,
    ] as const;

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

  // Crisis batch 5: written apart at the start of the tenth session (16 crises and 14 alarming-but-safe
  // concerns per language), measured before any pass: 174 of 176 crises, 17 of 154 false alarms; after
  // the tenth session's passes on it (who hurts whom picks the window; pets, games, idioms, denials):
  // 176 of 176, 4 of 154.
  it('crisis batch 5: every crisis found, false alarms ≤ 2.6%', () => {
    floors(freshCrisis5, { crisis: 1, falseAlarm: 0.026 });
  });

  // Crisis batch 6: written apart in the tenth session by four writers asked for crises harder to
  // spot (a practical question hiding the danger, one line of it in a message about something else,
  // a child's spelling, broken Japanese or English) and safe lines in the same words; measured before
  // any pass: 160 of 176 crises, 26 of 154 false alarms.
  it('crisis batch 6: crisis recall ≥ 100%, false alarms ≤ 7.8%', () => {
    floors(freshCrisis6, { crisis: 1, falseAlarm: 0.078 });
  });

  // Crisis batch 7: written apart in the sixteenth session by two writers asked for 20 crises a
  // language (five of each kind) hard to spot — indirect, joking, told by someone else, a practical
  // question hiding the danger — and 20 alarming-but-safe lines in the same words; measured blind at
  // the session's start (64390a5): 198 of 220 crises, 22 of 220 false alarms. It decided the crisis
  // heads' weight in training (see scripts/train-triage.ts), then joined development: after its
  // passes and trained on, 220 of 220, 9 false alarms (4.1%).
  it('crisis batch 7: every crisis found, false alarms ≤ 4.1%', () => {
    floors(freshCrisis7, { crisis: 1, falseAlarm: 0.041 });
  });

  // Crisis batch 8: written apart late in the sixteenth session like batch 7, the danger told in
  // passing inside a message about something else, laughed off, or relayed second-hand; measured blind
  // on the engine after the passes on batches 67–70 and crisis batch 7: 206 of 220 crises, 26 of 220
  // false alarms (the session's first engine: 202, 27). Its passes then: 220 of 220, 10 false alarms
  // (4.5%). Trained on, it cost two behaviour tests (the model alarmed on a 12-year-old asleep alone and
  // on "he'd kill me in minecraft lol"), so it waited a session in corpus-next/; in the seventeenth both
  // hold by rules of their own and it is trained on: 220 of 220, 8 false alarms (3.6%).
  it('crisis batch 8: every crisis found, false alarms ≤ 3.7%', () => {
    floors(freshCrisis8, { crisis: 1, falseAlarm: 0.037 });
  });

  // Crisis batch 9: written apart at the start of the seventeenth session, the danger told inside
  // something else (a practical question, a complaint, a message typed for someone, a rambling update),
  // with typos and mixed scripts; measured blind on the session's first engine (f4be028): 200 of 220
  // crises, 18 of 220 false alarms (204 and 18 with crisis batch 8 trained in). Its passes and trained
  // on: 220 of 220, 2 false alarms (0.9%).
  it('crisis batch 9: every crisis found, false alarms ≤ 1%', () => {
    floors(freshCrisis9, { crisis: 1, falseAlarm: 0.01 });
  });

  // Crisis batch 11: written apart in the seventeenth session by children and teenagers for themselves
  // (home, their bodies, their plans, a friend in danger, a parent collapsed; games, idols, exams, dark
  // jokes); measured blind after the session's first passes: 196 of 220 crises, 26 of 220 false alarms
  // (197 and 25 on its first engine). Its passes and trained on: 220 of 220, 1 false alarm (0.5%).
  it('crisis batch 11: every crisis found, false alarms ≤ 0.5%', () => {
    floors(freshCrisis11, { crisis: 1, falseAlarm: 0.005 });
  });

  // Crisis batch 12: written apart late in the seventeenth session, very short messages (most under 12
  // words, some 2–5); measured blind after the session's second passes: 210 of 219 crises, 17 of 218
  // false alarms (210 and 19 on its first engine). Its passes then: 219 of 219, 3 false alarms (1.4%).
  // Trained on, the model read a few plain kana words of a high place or of cutting as a wish to die (a
  // cat up high; "cut my hair again"), so it waited a session in corpus-next/; in the eighteenth, trained
  // with the corpus of short messages (a cat up high, a haircut and such in plain kana among them), those
  // two stay below the alarm, and it is trained on: 219 of 219, 0 false alarms.
  it('crisis batch 12: every crisis found, false alarms ≤ 0.5%', () => {
    floors(freshCrisis12, { crisis: 1, falseAlarm: 0.005 });
  });

  // Crisis batch 13: written apart at the start of the eighteenth session, very short plain messages (an
  // old person typing with one finger, a frightened hurry, a child, broken Japanese or English, kana
  // only, no diacritics); measured blind: 211 of 215 crises, 21 of 220 false alarms on the session's
  // first engine (211 and 22 with crisis batch 12 and the short corpus trained in). Its passes and
  // trained on: 215 of 215, 0 false alarms.
  it('crisis batch 13: every crisis found, false alarms ≤ 0.5%', () => {
    floors(freshCrisis13, { crisis: 1, falseAlarm: 0.005 });
  });

  // Crisis batch 15 (corpus-next/: not trained on): written apart in the eighteenth session, very short
  // messages from young people typing fast (slang, emoji, a friend's message forwarded); measured blind:
  // 215 of 219 crises, 15 of 220 false alarms on the session's first engine, 215 and 13 after the first
  // passes and retraining. Its passes then: 219 of 219, 0 false alarms. Trained on, the model read four
  // safe messages the behaviour tests hold as a wish to die (「我已经死心了，不想再找那个工作」, "deleted my
  // insta for exam season…", «lumalalim na ang baha sa kalsada»…), so it waits.
  it('crisis batch 15: every crisis found, false alarms ≤ 0.5%', () => {
    floors(crisis15, { crisis: 1, falseAlarm: 0.005 });
  });

  // Crisis batch 16 (corpus-next/: not trained on): written apart at the start of the nineteenth
  // session, the danger never named (told by its signs, by plans, by what was seen or heard, slipped into
  // a question about something else) and safe lines showing the same signs with their harmless reading
  // told; measured blind: 214 of 220 crises, 42 of 220 false alarms (19.1%) on the session's first
  // engine. Its passes: 220 of 220, 1 false alarm. Trained on with crisis batch 15, the model lost a
  // crisis of development batch 8, so both wait.
  // (Twenty-first session: 2 false alarms, a tantrum's «mẹ đánh con đi» with "I didn't hit her" — the model
  // all but sure, in a sentence with no idiom, is no longer silenced by the denial's idiom beside it: the
  // rule that found a plan for the weekend beside a repatriation question in crisis batch 23.)
  it('crisis batch 16: every crisis found, false alarms ≤ 1%', () => {
    floors(crisis16, { crisis: 1, falseAlarm: 0.01 });
  });

  // Crisis batch 18 (corpus-next/: not trained on): written apart in the nineteenth session after its
  // first round of passes, to the brief of batch 16, mostly older writers or someone writing for them,
  // and late at night; measured blind: 208 of 220 crises, 53 of 220 false alarms (57 on the session's
  // first engine). Its passes: 220 of 220, 5 false alarms.
  it('crisis batch 18: every crisis found, false alarms ≤ 2.3%', () => {
    floors(crisis18, { crisis: 1, falseAlarm: 0.023 });
  });

  // Crisis batches 20 and 21 (corpus-next/: not trained on): written apart in the twentieth session, a
  // practical request with the danger in passing (see the exam, crisis batch 19); 20 measured blind at
  // 214 of 220 crises and 29 false alarms on the session's first engine, 21 (written after 20's passes)
  // at 213 and 17 (213 and 14 after them). Their passes: every crisis, one false alarm each.
  it('crisis batches 20 and 21: every crisis found, false alarms ≤ 0.5%', () => {
    floors(crisis20, { crisis: 1, falseAlarm: 0.005 });
    floors(crisis21, { crisis: 1, falseAlarm: 0.005 });
  });

  // Plain safe messages (corpus-next/: openers, closers, plans, everyday tiredness and small talk), written in
  // the twentieth session: on its first engine the crisis card for 55 of 639 and 58 of 613, nearly all by the
  // model alone. After the passes on them, 1 and 24. A third set, never worked on: 24 → 14 of 304.
  it('plain safe messages: false alarms ≤ 0.2% and ≤ 4%', () => {
    floors(plain, { crisis: 1, falseAlarm: 0.002 });
    floors(plain2, { crisis: 1, falseAlarm: 0.04 });
  });

  // Written blind at the start of the twenty-first session (corpus-next/: not trained on) and measured on its
  // first engine: crisis batch 22 (written by someone other than the one at risk, or by older residents)
  // 109 of 110 crises and 27 of 110 false alarms; crisis batch 23 (working people and families) 106 and 16,
  // the same after the first round of passes; batch 76, an ordinary mix, 95.9% top-1, 81.9% compound recall,
  // 110 of 110, 6 of 324; plain sets 4 and 5, 20 of 323 and 13 of 322 (12 after the first round). After
  // the session's passes: 110 and 2, 110 and 1, 95.9 / 82.4 / 110 / 2, 7 and 9.
  it('crisis batches 22 and 23: every crisis found, false alarms ≤ 2%', () => {
    floors(crisis22, { crisis: 1, falseAlarm: 0.019 });
    floors(crisis23, { crisis: 1, falseAlarm: 0.01 });
  });

  it('batch 76: top-1 ≥ 95.5%, compound recall ≥ 82%, every crisis found, false alarms ≤ 0.7%', () => {
    floors(batch76, { top1: 0.955, compound: 0.82, crisis: 1, falseAlarm: 0.007 });
  });

  it('plain sets 4 and 5: false alarms ≤ 2.2% and ≤ 2.8%', () => {
    floors(plain4, { crisis: 1, falseAlarm: 0.022 });
    floors(plain5, { crisis: 1, falseAlarm: 0.028 });
  });

  // Written blind in the twenty-second session (corpus-next/: not trained on), measured on its first engine
  // (1ec50ca): crisis batch 24 (health, disability and care) 108 of 110 crises and 10 of 110 false alarms;
  // batch 77, an ordinary mix, 99.1% top-1, 88.6% compound recall, 109 of 109, 4 of 327; plain set 6, 18 of
  // 330. Crisis batches 25 (messy writing: voice input, typos, mixed languages, quoted messages) and 26
  // (students and young workers online), kept apart, were measured blind again after each round: 25 at 110
  // and 13, then 12 after the first round; 26 at 109 and 11, the same after the first and second rounds.
  // After the session's passes: 110 and 0 each, 109 and 2, 4.
  it('crisis batches 24, 25 and 26: every crisis found, no false alarm', () => {
    floors(crisis24, { crisis: 1, falseAlarm: 0.005 });
    floors(crisis25, { crisis: 1, falseAlarm: 0.005 });
    floors(crisis26, { crisis: 1, falseAlarm: 0.005 });
  });

  it('batch 77: top-1 ≥ 99%, compound recall ≥ 88%, every crisis found, false alarms ≤ 0.7%', () => {
    floors(batch77, { top1: 0.99, compound: 0.88, crisis: 1, falseAlarm: 0.007 });
  });

  it('plain set 6: false alarms ≤ 1.3%', () => {
    floors(plain6, { crisis: 1, falseAlarm: 0.013 });
  });

  // Written blind in the twenty-third session (corpus-next/: not trained on), measured on its first engine
  // (a4ed82b): crisis batch 28 (winter and the year end at home) 98 of 110 crises and 3 of 110 false alarms;
  // crisis batch 30 (people writing in a role: helpers, teachers, landlords, volunteers) 100 and 31; batch 78,
  // an ordinary mix, 97.2% top-1, 89.7% compound recall, 108 of 108, 5 of 326; plain set 7 (mid-conversation),
  // 18 of 316. Kept apart and measured blind again after the passes: crisis batch 27 (foreign residents and
  // workers) 105 and 9, the same after both rounds; crisis batch 29 (crisis 28's brief, another writer) 104
  // and 3, then 106 and 4 after the winter pass, 108 and 4 at the end; batch 79 (an ordinary mix) 106 of 110
  // and 9 of 329, 106 and 8 at the end.
  // Twenty-fourth session: crisis 27's and batch 79's misses were passed (110 and 0; 110 of 110 and 2 of 329),
  // and crisis 29's last two crises found.
  it('crisis batches 27 to 30: crises and false alarms as measured at the end of the twenty-fourth session', () => {
    floors(crisis27, { crisis: 1, falseAlarm: 0.005 });
    floors(crisis28, { crisis: 1, falseAlarm: 0.005 });
    floors(crisis29, { crisis: 1, falseAlarm: 0.037 });
    floors(crisis30, { crisis: 1, falseAlarm: 0.01 });
  });

  it('batches 78 and 79, plain set 7', () => {
    floors(batch78, { top1: 0.97, compound: 0.89, crisis: 1, falseAlarm: 0.005 });
    floors(batch79, { top1: 0.965, compound: 0.93, crisis: 1, falseAlarm: 0.007 });
    floors(plain7, { crisis: 1, falseAlarm: 0.005 });
  });

  // Written blind in the twenty-fourth session (corpus-next/: not trained on), measured on its first engine
  // (8582a3d, the same triage as 59139f5): crisis batches 31 and 32 (two writers, one brief: money trouble)
  // 107 of 110 and 13 false alarms of 110, 109 and 9; 33 and 34 (two writers: pregnancy, babies and small
  // children) 108 and 14 of 109, 109 and 16; batch 80, an ordinary mix, 110 of 110 and 11 of 327. Passed in
  // rounds, each twin kept apart until its sister had been passed: after the first round 32 stood at 109 and
  // 8, 34 at 109 and 16, batch 80 at 110 and 11 — the round barely carried to its twins. Crisis batch 35 (no
  // theme) and batch 81 (an ordinary mix), written after the first round and kept apart to the end: 108 and
  // 16, 110 of 110 and 3 of 330, the same after the second round; 35 was then passed (110 and 4), 81 never.
  it('crisis batches 31 to 35: every crisis found, false alarms as measured at the end of the session', () => {
    floors(crisis31, { crisis: 1, falseAlarm: 0.01 });
    floors(crisis32, { crisis: 1, falseAlarm: 0.01 });
    floors(crisis33, { crisis: 1, falseAlarm: 0.005 });
    floors(crisis34, { crisis: 1, falseAlarm: 0.005 });
    floors(crisis35, { crisis: 1, falseAlarm: 0.037 });
  });

  it('batches 80 and 81: every crisis found, false alarms ≤ 0.4% and ≤ 1%', () => {
    floors(batch80, { top1: 0.93, compound: 0.79, crisis: 1, falseAlarm: 0.004 });
    floors(batch81, { top1: 0.955, compound: 0.88, crisis: 1, falseAlarm: 0.01 });
  });

  // Written blind in the twenty-fifth session (corpus-next/: not trained on), measured on its first engine
  // (91f751a): crisis batches 36 (older people and their carers) and 37 (work and newcomers) 110 of 110 and 7
  // false alarms of 110, 109 and 8; 38 and 39 (no theme) 110 and 11, 108 and 7; batch 82, an ordinary mix, 110
  // of 110 and 6 of 330. Crisis batches 40 and 41 (no theme) and batch 83 (a mix), written after the first
  // round: 109 of 109 and 6, 109 and 16, 105 of 105 and 3 of 330 — the same after the first and the second
  // rounds (nothing carried); 38, 39 and 82 after the first round: 110 and 9, 108 and 7, 110 and 6. Each then
  // passed in its own round.
  it('crisis batches 36 to 41: every crisis found, false alarms as measured at the end of the session', () => {
    floors(crisis36, { crisis: 1, falseAlarm: 0.019 });
    floors(crisis37, { crisis: 1, falseAlarm: 0.01 });
    floors(crisis38, { crisis: 1, falseAlarm: 0.01 });
    floors(crisis39, { crisis: 1, falseAlarm: 0.005 });
    floors(crisis40, { crisis: 1, falseAlarm: 0.01 });
    floors(crisis41, { crisis: 1, falseAlarm: 0.028 });
  });

  it('batches 82 and 83: every crisis found, false alarms ≤ 1.3% and ≤ 0.3%', () => {
    floors(batch82, { top1: 0.97, compound: 0.78, crisis: 1, falseAlarm: 0.013 });
    floors(batch83, { top1: 0.955, compound: 0.8, crisis: 1, falseAlarm: 0.003 });
  });

  // Written blind in the twenty-sixth session (corpus-next/: not trained on), measured on its first engine
  // (767bb05): crisis batches 42 (very short plain messages) 104 of 104 and 6 false alarms of 108, 43 (a
  // practical request with the danger in one clause) 108 of 110 and 12, 44 (the danger never named) 105 and 19;
  // batch 84, an ordinary mix, 117 of 121 and 9 of 318 — passed in the first round. Crisis batch 45 (no theme,
  // safe lines as alarming as honestly possible) 109 and 8, batch 85 (a mix, half about someone else) 109 of 109
  // and 5 of 326, kept apart through the first round (then 109 and 7, 109 and 5), passed in the second. Crisis
  // batch 46 (few and plain words) 106 of 108 and 5 of 109, batch 86 (irritated, sarcastic, darkly funny) 110 of
  // 110 and 5 of 330, kept apart through two rounds (unchanged by both), passed in the third.
  it('crisis batches 42 to 46: every crisis found, false alarms as measured at the end of the session', () => {
    floors(crisis42, { crisis: 1, falseAlarm: 0.005 });
    floors(crisis43, { crisis: 1, falseAlarm: 0.019 });
    floors(crisis44, { crisis: 1, falseAlarm: 0.019 });
    floors(crisis45, { crisis: 1, falseAlarm: 0.01 });
    floors(crisis46, { crisis: 1, falseAlarm: 0.005 });
  });

  it('batches 84 to 86: every crisis found, false alarms ≤ 0.3%, 0.4% and 0.7%', () => {
    floors(batch84, { top1: 0.95, compound: 0.83, crisis: 1, falseAlarm: 0.003 });
    floors(batch85, { top1: 0.95, compound: 0.82, crisis: 1, falseAlarm: 0.004 });
    floors(batch86, { top1: 0.955, compound: 0.76, crisis: 1, falseAlarm: 0.007 });
  });

  // Written blind in the twenty-seventh session (corpus-next/: not trained on), measured on its first engine
  // (ea71b58, the same triage as a206f8d): crisis batches 47 (learners' and mixed-language writing) 107 of 110 and
  // 5 false alarms of 110, 48 (reported at work: a helper, a teacher, a clerk) 108 and 13, 49 (long messages, the
  // danger late or implied) 106 and 18; batches 87 (mid-chat replies) 111 of 111 and 6 of 329, 88 (older writers,
  // voice input) 111 of 112 and 3 of 327, 89 (worries across distance and borders) 105 of 110 and 2 of 330 —
  // passed in the first round. Crisis batch 50 (time: dates, deadlines, tonight) 108 and 6, batch 90 (questions)
  // 110 of 113 and 6 of 326, kept apart through the first round (unchanged), passed in the second. Crisis batch
  // 51 (teenagers' register) 109 and 5, batch 91 (tired working-age mix) 121 of 121 and 7 of 318, written after
  // the first round and kept apart through the second (unchanged by both), passed in the third.
  it('crisis batches 47 to 51: every crisis found, false alarms as measured at the end of the session', () => {
    floors(crisis47, { crisis: 1, falseAlarm: 0.005 });
    floors(crisis48, { crisis: 1, falseAlarm: 0.01 });
    floors(crisis49, { crisis: 1, falseAlarm: 0.005 });
    floors(crisis50, { crisis: 1, falseAlarm: 0.019 });
    floors(crisis51, { crisis: 1, falseAlarm: 0.005 });
  });

  it('batches 87 to 91: every crisis found, false alarms ≤ 0.3%, 0.4%, 0.3%, 0.3% and 1%', () => {
    floors(batch87, { top1: 0.97, compound: 0.71, crisis: 1, falseAlarm: 0.003 });
    floors(batch88, { top1: 0.955, compound: 0.77, crisis: 1, falseAlarm: 0.004 });
    floors(batch89, { top1: 0.925, compound: 0.8, crisis: 1, falseAlarm: 0.003 });
    floors(batch90, { top1: 0.92, compound: 0.69, crisis: 1, falseAlarm: 0.003 });
    floors(batch91, { top1: 0.95, compound: 0.78, crisis: 1, falseAlarm: 0.01 });
  });

  // Crisis batch 10, an exam: written apart at the start of the seventeenth session (few words and
  // plain words: one short line, terse messages from older people, a language the writer does not
  // master), kept out of the tree until the session's second checkpoint (6046418), measured then, blind,
  // and on its final engine alike: 203 of 220 crises (92.3%), 24 of 219 false alarms (11.0%); on the session's first engine 201 and
  // 25. Never opened. The hardest crises we have: the target (every one found, ≤ 3% false alarms)
  // is far off here.
  // Eighteenth session, after its passes and retraining: 206 of 220 crises (93.6%), 21 false alarms (9.6%).
  // Twentieth session: 206 of 220, 19 false alarms (8.7%). Twenty-second: 206 and 17 (7.8%). Twenty-fourth:
  // 206 and 16 (7.3%).
  it('crisis batch 10 (exam): crisis recall ≥ 93.5%, false alarms ≤ 7.4%', () => {
    floors(freshCrisis10, { crisis: 0.935, falseAlarm: 0.074 });
  });

  // Crisis batch 14, an exam: written apart at the start of the eighteenth session (very short plain
  // messages, many from older people or typed for someone else in the household), kept out of the tree
  // until the session's end and measured then, blind: 206 of 216 crises (95.4%), 5 of 217 false alarms
  // (2.3%); on the session's first engine 206 and 7. Never opened.
  it('crisis batch 14 (exam): crisis recall ≥ 95%, false alarms ≤ 2.4%', () => {
    floors(freshCrisis14, { crisis: 0.95, falseAlarm: 0.024 });
  });

  // Crisis batch 17, an exam: written apart at the start of the nineteenth session to the brief of
  // development crisis batch 16 (the danger never named — told by its signs, plans, what was seen or
  // heard, slipped into a question about something else — and safe lines showing the same signs with
  // their harmless reading told), kept out of the tree until the session's end and measured then, blind:
  // 215 of 220 crises (97.7%), 42 of 220 false alarms (19.1%); on the session's first engine 214 and 46.
  // The passes that took batch 16 from 42 false alarms to 1 moved this one by 4. Never opened.
  // Twentieth session: 215 of 220 crises, 41 false alarms (18.6%). Twenty-first: 215 and 39 (17.7%).
  // Twenty-fifth: 215 and 38 (17.3%). Twenty-sixth: 215 and 32 (14.5%).
  it('crisis batch 17 (exam): crisis recall ≥ 97.5%, false alarms ≤ 14.6%', () => {
    floors(freshCrisis17, { crisis: 0.975, falseAlarm: 0.146 });
  });

  // Crisis batch 19, an exam: written apart at the start of the twentieth session to the brief of
  // development crisis batches 20 and 21 (a practical request — a form, rent, a school letter, a visa —
  // with the danger in passing, in one clause; safe lines of the same shape whose clause is past and over,
  // asked ahead, a course's topic, news or a novel, a sport or a denial), kept out of the tree until the
  // session's end and measured then, blind: 212 of 220 crises (96.4%), 22 of 220 false alarms (10.0%); on
  // the session's first engine 212 and 25. Its passes took batches 20 and 21 to every crisis and one false
  // alarm each; they reached 3 of this one's false alarms and none of its missed crises. Never opened.
  // Twenty-first session: 212 of 220, 21 false alarms (9.5%). Twenty-second: 212 and 22 (10.0%) — one more,
  // found by this floor at the session's end (counts only; the line was not opened, nothing tuned on it).
  // Twenty-fourth: 212 and 21 (9.5%). Twenty-sixth: 213 and 20 (9.1%).
  it('crisis batch 19 (exam): crisis recall ≥ 96.5%, false alarms ≤ 9.1%', () => {
    floors(freshCrisis19, { crisis: 0.965, falseAlarm: 0.091 });
  });

  // Batches 5–23 (40 concerns per language): what was measured, rounded down. At the end of the tenth
  // session batches 9–14 measured 95.9 / 94.8 / 95.7 / 95.9 / 96.1 / 96.4% top-1 (administrative
  // questions now answered `other`), compound 81.4 / 82.2 / 88.6 / 89.5 / 85.8 / 90.9%, crises 106 /
  // 107 / 109 / 108 / 106 / 109 of 110, false alarms 1 / 2 / 7 / 6 / 9 / 10 of 330.
  it.each([
    // Batches 5 and 6 chose the engine's weights and thresholds; 7 and 8, measured blind before, joined
    // them with the sixth corpus round. After that round, the crisis and category lexicon passes and
    // the retrained model: 90.7% top-1, 85.9% compound recall, 218 of 220 crises, 2.4% false alarms
    // (before: 90.6%, 78.0%, 218, 2.7%).
    floorCase('development batches 5–6', dev, {
      top1: 0.905,
      compound: 0.855,
      crisis: 0.99,
      falseAlarm: 0.019,
    }),
    // Batch 7: 89.8% top-1, 86.1% compound recall, every crisis, 2.7% false alarms (blind, before the
    // sixth round: 88.6%, 77.8%, 108 of 110, 3.0%). After the eighth session's false-alarm and
    // compound passes: 90.2%, 88.0%, every crisis, 2.1%.
    floorCase('batch 7', fresh7, { top1: 0.9, compound: 0.875, crisis: 1, falseAlarm: 0.022 }),
    // Batch 8: 90.9% top-1, 93.0% compound recall, every crisis, 11 of 330 false alarms (3.3%) (blind,
    // before the sixth round: 90.9%, 87.3%, 109 of 110, 3.6%).
    // After the eighth session's passes: 91.4%, 94.3%, every crisis, 8 of 330 (2.4%).
    floorCase('batch 8', fresh8, { top1: 0.91, compound: 0.94, crisis: 1, falseAlarm: 0.025 }),
    // Batch 9, the exam: written apart from everything before the sixth corpus round, never tuned
    // against, measured three times (before the round, after it, after the age rule chosen on batches
    // 5–8). Before: 93.6% top-1, 69.1% compound recall, 103 of 110 crises, 1 of 330 false alarms;
    // after the round 93.2%, 79.5%, 105, 1; with the age rule 93.4%, 80.0%, 105 of 110, 1 of 330; after
    // the seventh session's category lexicon pass 93.9%, 80.9%, 105, 1.
    // Top-1 and false alarms meet the targets; compound recall and five crises do not.
    floorCase('batch 9 (the exam)', fresh9, { top1: 0.955, compound: 0.81, crisis: 0.96, falseAlarm: 0.004 }),
    // Batch 10: written apart from everything at the end of the sixth round, measured blind once:
    // 93.2% top-1, 77.8% compound recall, 106 of 110 crises (three of the four others shown the
    // numbers "just in case"), 5 of 330 false alarms (1.5%); after the category lexicon pass 93.0%
    // (409/440), 78.9%, 106, 5; with Latin-script language detection 92.7% (408/440), 78.9%, 106, 5.
    // In the eleventh session a pair whose word merely sat in some idiom stopped silencing the model for
    // its signal (batch 13 found one more crisis); here that raised one more false alarm, 3 of 330;
    // the model retrained in the sixteenth session with more weight on crisis labels (chosen blind on crisis batch 7; the eighteen exams then 1,949 → 1,954 crises), 4.
    // Seventeenth session, after its passes and retraining (the twenty older exams 2,172 → 2,173 crises of 2,195, false alarms 153 → 148 of 6,575): 5 false alarms (one more).
    floorCase('batch 10', fresh10, { top1: 0.945, compound: 0.82, crisis: 0.97, falseAlarm: 0.016 }),
    // Batch 11: written apart from everything at the start of the seventh session, by two writers who
    // read only PRODUCT.md and LABELLING.md; measured blind on the engine as it stood (92.5% top-1,
    // 84.1% compound recall, 109 of 110 crises, 7 of 330 false alarms), then once more after the
    // category lexicon pass chosen on the corpus and batches 5–8: 92.5%, 84.5%, 109, 7; then with
    // Latin-script messages that borrow a few Japanese words read as Latin-script: 92.7%, 85.9%, 109, 7.
    floorCase('batch 11', fresh11, { top1: 0.955, compound: 0.88, crisis: 0.99, falseAlarm: 0.019 }),
    // Batch 12: written apart from everything at the end of the seventh session by two more writers;
    // measured blind on the engine after the lexicon pass: 90.5% top-1, 84.5% compound recall, 107 of
    // 110 crises, 8 of 330 false alarms, languages 90.7% — which prompted the language-detection fix
    // (chosen on the corpus and batches 5–8), after which 91.4%, 89.1%, 107, 8, languages 99.5%. In the
    // fifteenth session, with the model trained on the development sets: 110 of 110, 5 false alarms, then
    // 6 (1.8%) once batch 65 joined its training — within what the training seed alone moves (the sixteen
    // exams' false alarms came to 102, 107 and 113 with three seeds on the same concerns).
    floorCase('batch 12', fresh12, { top1: 0.955, compound: 0.89, crisis: 0.98, falseAlarm: 0.019 }),
    // Batch 13: written apart from everything at the start of the eighth session by two more writers
    // (more alarming-but-safe concerns than before: 82 of 330); measured blind on the engine as it
    // stood: 92.0% top-1, 82.7% compound recall, 106 of 110 crises, 11 of 330 false alarms (3.3%);
    // after the false-alarm and compound passes chosen on the corpus and batches 1–8: 92.5%, 83.1%,
    // 106, 9 of 330 (2.7%); after the ninth session's passes 92.3%, 85.0%, 106, 9; after the tenth's
    // 93.4%, 85.4%, 106, 9.
    floorCase('batch 13', fresh13, { top1: 0.96, compound: 0.855, crisis: 0.96, falseAlarm: 0.028 }),
    // Batch 14: written apart from everything at the start of the ninth session by two more writers
    // who read only PRODUCT.md and LABELLING.md; measured blind on the engine as it stood: 93.2% top-1,
    // 90.9% compound recall, 109 of 110 crises (the other shown the numbers "just in case"), 12 of 330
    // false alarms (3.6%); after the ninth session's crisis, false-alarm and compound passes (chosen
    // on the corpus and batches 1–8): 93.4%, 90.9%, 109, 12; after the tenth session's passes on crisis
    // batch 5: 94.3%, 90.9%, 109, 11.
    // Nineteenth session, after its lexicon passes: 109 of 110 crises (one Indonesian line lost to a new safe concept of someone shut in their room for months; narrowed, still lost).
    floorCase('batch 14', fresh14, { top1: 0.96, compound: 0.905, crisis: 0.99, falseAlarm: 0.031 }),
    // Batch 15: written apart from everything at the start of the tenth session by two more writers
    // who read only PRODUCT.md and LABELLING.md; measured blind on the engine as it stood: 95.2% top-1,
    // 90.9% compound recall, 109 of 110 crises, 9 of 330 false alarms (2.7%).
    // After the tenth session's passes on crisis batches 5 and 6: unchanged. Then it joined the
    // development set, as 7 and 8 had; after its own passes 99.5%, 98.7%, 110, 1.
    floorCase('batch 15', fresh15, { top1: 0.99, compound: 0.98, crisis: 1, falseAlarm: 0.004 }),
    // Batch 16: written apart from everything in the tenth session by two more writers, kept out of the
    // tree until the session's passes were done, then measured once, blind: 95.9% top-1, 90.3% compound
    // recall, 108 of 110 crises, 10 of 330 false alarms (3.03%).
    // Then, after the passes on batch 15: 95.9%, 91.5%, 108, 10. Then it joined the development set;
    // after its own passes and batch 17's: 97.7%, 98.9%, 110, 6.
    floorCase('batch 16', fresh16, { top1: 0.975, compound: 0.985, crisis: 1, falseAlarm: 0.019 }),
    // Batch 17: written apart in the tenth session by two more writers, kept out of the tree until the
    // passes on batch 15 were done, then measured once, blind: 95.2% top-1, 91.4% compound recall, 106
    // of 110 crises, 7 of 330 false alarms (2.1%).
    // Then, after the passes on batch 16: 95.2%, 92.1%, 106, 7. Then it joined the development set;
    // after its own passes: 98.4%, 94.7%, 110, 3.
    floorCase('batch 17', fresh17, { top1: 0.98, compound: 0.945, crisis: 1, falseAlarm: 0.01 }),
    // Batch 18: written apart in the tenth session by two more writers, kept out of the tree until the
    // passes on batch 16 were done, then measured once, blind: 94.3% top-1, 92.9% compound recall, 107
    // of 110 crises, 5 of 330 false alarms (1.5%).
    // Then, after the passes on batch 17 (administrative questions answered `other`): 96.8%, 92.9%,
    // 107, 5. Then it joined the development set; after its own passes: 98.2%, 98.7%, 110, 3.
    floorCase('batch 18', fresh18, { top1: 0.98, compound: 0.985, crisis: 1, falseAlarm: 0.01 }),
    // Batch 19: written apart in the tenth session by two more writers, kept out of the tree until the
    // passes on batch 17 were done, then measured once, blind: 95.9% top-1, 94.0% compound recall,
    // every crisis (110 of 110), 11 of 330 false alarms (3.3%).
    // Then, after the passes on batch 18: unchanged. Then it joined the development set; after its own
    // passes: 98.6%, 98.7%, 110, 6.
    floorCase('batch 19', fresh19, { top1: 0.98, compound: 0.985, crisis: 1, falseAlarm: 0.019 }),
    // Batch 20: written apart in the tenth session by two more writers, kept out of the tree until the
    // passes on batch 18 were done, then measured once, blind: 96.8% top-1, 87.5% compound recall, 107
    // of 110 crises, 11 of 330 false alarms (3.3%); after the passes on batch 19, unchanged. Then it
    // joined the development set; after its own passes: 97.5%, 94.4%, 110, 6.
    floorCase('batch 20', fresh20, { top1: 0.975, compound: 0.955, crisis: 1, falseAlarm: 0.019 }),
    // Batch 21: written apart in the tenth session by two more writers, kept out of the tree until the
    // passes on batch 20 were done, then measured once, blind: 97.3% top-1, 88.8% compound recall, 105
    // of 110 crises, 8 of 330 false alarms (2.4%). Then it joined the development set; after its own
    // passes: 98.6%, 98.2%, 110, 5.
    floorCase('batch 21', fresh21, { top1: 0.985, compound: 0.98, crisis: 1, falseAlarm: 0.016 }),
    // Batch 22: written apart in the tenth session by two more writers, kept out of the tree until the
    // passes on batch 21 were done, then measured once, blind: 97.5% top-1, 94.1% compound recall,
    // every crisis (110 of 110), 7 of 330 false alarms (2.1%) — every target met. Four one-line crises
    // its writers wrote word for word as the team set or the corpus has them («不想活了», "I want to kill
    // myself") were then taken out: 436 concerns, 106 crises, all found.
    floorCase('batch 22', fresh22, { top1: 0.97, compound: 0.94, crisis: 1, falseAlarm: 0.022 }),
    // Batch 23: written apart at the very end of the tenth session by two more writers, with no pass
    // after it, measured once, blind, on the session's final engine: 96.4% top-1, 90.6% compound recall,
    // 109 of 110 crises, 6 of 330 false alarms (1.8%); one line (an emergency, found) was word for word
    // in another set and was taken out: 439 concerns, 108 of 109 crises.
    floorCase('batch 23', fresh23, { top1: 0.96, compound: 0.9, crisis: 0.99, falseAlarm: 0.019 }),
    // Batch 24: written apart at the start of the eleventh session by two more writers; two ja-easy lines
    // its writers wrote word for word as another set has them were taken out before it was measured
    // once, blind: 95.9% top-1, 95.3% compound recall, 107 of 110 crises, 9 of 328 false alarms (2.7%).
    // Then development; after its two passes: 99.1%, 100%, 110 of 110, 2 false alarms.
    floorCase('batch 24', fresh24, { top1: 0.99, compound: 1, crisis: 1, falseAlarm: 0.007 }),
    // Batch 25: written apart at the start of the eleventh session, its writers asked for the less common
    // corners of each window (hoarding, gambling debt, a spouse's visa, a young carer, intern trainees);
    // three lines found word for word in other sets taken out, then measured once, blind, after the
    // passes on batch 24: 94.5% top-1, 87.8% compound recall, 109 of 110 crises (the other shown the
    // numbers "just in case"), 14 of 327 false alarms (4.3%). Then development; after its two passes:
    // 97.7%, 98.9%, 110 of 110, 9 false alarms (2.8%; three of them a past wish to die, asked about).
    floorCase('batch 25', fresh25, { top1: 0.975, compound: 0.985, crisis: 1, falseAlarm: 0.028 }),
    // Batch 26: written apart at the start of the eleventh session, a third of it about someone else
    // (a neighbour, a classmate, a co-worker) and much of it typed fast on a phone; one line found word
    // for word in another set taken out, then measured once, blind, after the passes on batch 25: 95.2%
    // top-1, 90.8% compound recall, 107 of 110 crises, 9 of 329 false alarms (2.7%). Then development;
    // after its two passes: 98.4%, 100%, 110 of 110, 5 false alarms (1.5%).
    floorCase('batch 26', fresh26, { top1: 0.98, compound: 1, crisis: 1, falseAlarm: 0.016 }),
    // Batch 27: written apart at the start of the eleventh session, residents of very different lives, half
    // of it long (the point sometimes only at the end); five lines found word for word in other sets
    // taken out, then measured once, blind, after the passes on batch 26: 92.9% top-1, 83.6% compound
    // recall, 104 of 108 crises (2 of the other 4 shown the numbers "just in case"), 8 of 327 false
    // alarms (2.4%). Then development; after its two passes: 96.8%, 95.8%, 108 of 108, 2 false alarms.
    floorCase('batch 27', fresh27, { top1: 0.965, compound: 0.955, crisis: 1, falseAlarm: 0.007 }),
    // Batch 28: written apart at the start of the eleventh session, the commonest concerns in plain voices
    // and crises so understated that staff would catch them only on a second reading; two lines found
    // word for word in another set taken out, then measured once, blind, after the passes on batch 27:
    // 94.3% top-1, 90.3% compound recall, 105 of 110 crises, 9 of 328 false alarms (2.7%). (The engine
    // retrained with `corpus-next/corpus-people.jsonl` scored the same on it.) Then development; after
    // its two passes: 96.3%, 98.9%, 110 of 110, 3 false alarms (0.9%, all three the model's).
    floorCase('batch 28', fresh28, { top1: 0.96, compound: 0.985, crisis: 1, falseAlarm: 0.01 }),
    // Batch 30: written apart in the eleventh session by residents who write with little confidence
    // (misspellings, kana for kanji, dialect, no diacritics, voice typing), measured once, blind, after
    // the passes on batch 28: 95.2% top-1, 90.0% compound recall, 106 of 110 crises, 12 of 330 false
    // alarms (3.6%). (Batch 29 is kept out of the tree, for the last measurement.) Then development;
    // after its two passes: 97.7%, 98.3%, 110 of 110, no false alarm.
    floorCase('batch 30', fresh30, { top1: 0.975, compound: 0.98, crisis: 1, falseAlarm: 0.001 }),
    // Batch 31: written apart in the eleventh session as an ordinary mix, no flavour asked for; three
    // lines found word for word in other sets taken out, then measured once, blind, after every change
    // of the session but the last passes: 95.2% top-1, 92.4% compound recall, 108 of 110 crises (one of
    // the other two shown the numbers "just in case"), 8 of 327 false alarms (2.4%). Then development;
    // after its two passes: 97.0%, 97.1%, 110 of 110, 7 false alarms (2.1%).
    floorCase('batch 31', fresh31, { top1: 0.97, compound: 0.97, crisis: 1, falseAlarm: 0.022 }),
    // Batch 32: written apart at the start of the twelfth session as residents mix and romanise on phones
    // (romaji, Taglish, Konglish, Vietnamese without diacritics, Nepali in Roman letters, Portuguese with
    // Japanese words); two lines found word for word in other sets taken out, then measured once, blind,
    // after the closing rule: 95.2% top-1, 88.3% compound recall, 107 of 110 crises, 2 of 328 false
    // alarms (0.6%). Then development; after its two passes: 96.6%, 96.9%, 110 of 110, no false alarm.
    floorCase('batch 32', fresh32, { top1: 0.965, compound: 0.965, crisis: 1, falseAlarm: 0.001 }),
    // Batch 34: written apart in the twelfth session by residents who are irritated, sarcastic or darkly
    // funny, as batch 29's were (its lines never opened), measured once, blind, after the passes on batch
    // 32: 93.2% top-1, 83.0% compound recall, 99 of 110 crises (three of the other eleven shown the
    // numbers "just in case"), 26 of 330 false alarms (7.9%) — the hardest batch yet. Then development;
    // after its two passes: 97.0%, 92.2%, 109 of 110, 11 false alarms (3.3%). (Batch 29 did not move.)
    floorCase('batch 34', fresh34, { top1: 0.97, compound: 0.92, crisis: 0.99, falseAlarm: 0.034 }),
    // Batch 35: written apart in the twelfth session as the very short messages people send (fragments, a
    // question with no context, a husband or a mother named in passing); four lines found word for word
    // in the team's set or the corpus taken out, then measured once, blind, on the engine after the
    // passes on batch 32: 93.8% top-1, 85.1% compound recall, 103 of 108 crises (three of the other five
    // shown the numbers "just in case"), 6 of 328 false alarms (1.8%). It was also the validation batch
    // for the model retrained with `corpus-next/corpus-people.jsonl`: 94.0%, 84.5%, 105 of 108, 1.8% —
    // but that model failed 13 floors and 3 behaviour tests elsewhere, and was not kept. Then development;
    // after its two passes: 95.9%, 91.3%, 106 of 108, 4 false alarms (1.2%; two of them the model's).
    floorCase('batch 35', fresh35, { top1: 0.955, compound: 0.91, crisis: 0.98, falseAlarm: 0.013 }),
    // Batch 36: written apart in the twelfth session by teenagers and people in their twenties in their
    // own internet slang ("unalive", kms, 网络用语, 급식체, teencode, bahasa gaul), measured once, blind,
    // after the passes on batch 34: 88.2% top-1 (below the target: slang names the windows in words the
    // lexicons lack), 86.0% compound recall, 105 of 110 crises (three of the other five shown the numbers
    // "just in case"), 11 of 330 false alarms (3.3%). Then development; after its two passes: 93.0%,
    // 96.0%, 110 of 110, 3 false alarms (0.9%).
    floorCase('batch 36', fresh36, { top1: 0.925, compound: 0.955, crisis: 1, falseAlarm: 0.01 }),
    // Batch 38: written apart in the twelfth session by older residents (70–95) writing politely, at
    // length and late to the point, and by families and neighbours about them; measured once, blind,
    // after the passes on batch 35: 90.0% top-1, 88.5% compound recall, 107 of 110 crises, 17 of 330
    // false alarms (5.2%). Then development; after its two passes: 91.4%, 97.0%, 110 of 110, 13 false
    // alarms (3.9%; most of those left are the model's reading of an older person's calm arrangements).
    floorCase('batch 38', fresh38, { top1: 0.91, compound: 0.97, crisis: 1, falseAlarm: 0.04 }),
    // Batch 39: written apart in the twelfth session, late at night — fragments, typos, danger inside an
    // ordinary request, worries that sound dark at 3am and are not; one line found word for word in
    // another set taken out, then measured once, blind, after the passes on batch 35: 92.7% top-1,
    // 89.3% compound recall, 105 of 110 crises, 15 of 329 false alarms (4.6%). Then development; after
    // its two passes: 93.8%, 93.7%, 109 of 110, 9 false alarms (2.7%).
    floorCase('batch 39', fresh39, { top1: 0.935, compound: 0.935, crisis: 0.99, falseAlarm: 0.028 }),
    // Batch 40: written apart in the twelfth session, the seasons and disasters of life in Japan (a
    // heatwave, a typhoon, an earthquake, snow, New Year closures, evacuation centres), measured once,
    // blind, after the passes on batch 36: 93.9% top-1, 82.7% compound recall, 110 of 110 crises, 10 of
    // 330 false alarms (3.0%). Then development; after its two passes: 95.5%, 90.7%, 110 of 110, 3 false
    // alarms (0.9%).
    floorCase('batch 40', fresh40, { top1: 0.95, compound: 0.905, crisis: 1, falseAlarm: 0.01 }),
    // Batch 41: written apart in the twelfth session, disability in everyday life (deaf writers, simple
    // writing, wheelchairs, chronic and mental illness, parents of disabled children), measured once,
    // blind, after the passes on batch 36: 92.0% top-1, 81.9% compound recall, 109 of 110 crises, 15 of
    // 330 false alarms (4.5%). Then development; after its two passes: 94.3%, 87.4%, 110 of 110, 6 false
    // alarms (1.8%).
    floorCase('batch 41', fresh41, { top1: 0.94, compound: 0.87, crisis: 1, falseAlarm: 0.019 }),
    // Batch 42: written apart at the end of the twelfth session, working lives (factory and warehouse
    // workers, technical intern trainees, care workers, delivery drivers, night shifts), measured once,
    // blind, after the passes on batches 40 and 41: 88.4% top-1, 75.3% compound recall, 107 of 110
    // crises, 8 of 330 false alarms (2.4%). Then development; after its two passes: 90.7%, 83.3%, 109
    // of 110, 6 false alarms (1.8%).
    floorCase('batch 42', fresh42, { top1: 0.905, compound: 0.83, crisis: 0.99, falseAlarm: 0.019 }),
    // Batch 43: written apart at the end of the twelfth session, pregnancy and the first years of
    // parenthood, measured once, blind, after the passes on batches 40 and 41: 91.1% top-1, 81.8%
    // compound recall, 108 of 110 crises, 8 of 330 false alarms (2.4%). Then development; after its two
    // passes: 91.8%, 86.7%, 110 of 110, 5 false alarms (1.5%).
    floorCase('batch 43', fresh43, { top1: 0.915, compound: 0.865, crisis: 1, falseAlarm: 0.016 }),
    // Batch 46: written apart at the start of the thirteenth session, money trouble in every form (debts,
    // loan sharks, gambling, scams, unpaid bills, pay not received) with the danger hidden inside money
    // talk, measured once, blind, on the twelfth session's final engine: 88.2% top-1, 80.4% compound
    // recall, 103 of 110 crises, 12 of 330 false alarms (3.6%). Then development; after its two passes:
    // 92.0%, 87.1%, 109 of 110, 7 false alarms (2.1%); after batch 48's: 93.4%, 87.1%, 109, 6 (1.8%).
    floorCase('batch 46', fresh46, { top1: 0.93, compound: 0.87, crisis: 0.99, falseAlarm: 0.019 }),
    // Batch 47: written apart at the start of the thirteenth session, men who rarely ask for help (terse,
    // minimising, ashamed, asking "for a friend"); one line found word for word in batch 31 taken out;
    // measured once, blind, on the twelfth session's final engine: 90.7% top-1, 82.8% compound recall,
    // 103 of 110 crises, 10 of 329 false alarms (3.0%). Then development; after its two passes: 93.2%,
    // 83.9%, 110 of 110, 7 false alarms (2.1%); after batch 48's: 93.6% top-1.
    floorCase('batch 47', fresh47, { top1: 0.935, compound: 0.835, crisis: 1, falseAlarm: 0.022 }),
    // Batch 48: written apart at the start of the thirteenth session on someone else's behalf or about
    // someone else (a neighbour, a teacher, a care worker, a landlord, a grandchild: what they saw or
    // heard, unsure it is their business), measured once, blind, on the twelfth session's final engine:
    // 88.6% top-1, 87.2% compound recall, 102 of 110 crises, 18 of 330 false alarms (5.5%). Then
    // development; after its two passes: 93.6%, 97.8%, 110 of 110, 5 false alarms (1.5%); after batch
    // 49's: 3 false alarms (0.9%).
    floorCase('batch 48', fresh48, { top1: 0.935, compound: 0.975, crisis: 1, falseAlarm: 0.01 }),
    // Batch 49: written apart in the thirteenth session, health and bodies (symptoms, medicines,
    // hospitals, chronic illness, pregnancy, caring for the sick) with emergencies among ordinary medical
    // questions and alarming-but-safe medical history; one line found word for word in batch 32 taken
    // out; measured once, blind, after the passes on batches 46 and 47: 89.5% top-1, 90.0% compound
    // recall, 110 of 110 crises, 15 of 329 false alarms (4.6%). Then development; after its two passes:
    // 94.5%, 93.5%, 110 of 110, 2 false alarms (0.6%).
    floorCase('batch 49', fresh49, { top1: 0.945, compound: 0.935, crisis: 1, falseAlarm: 0.007 }),
    // Batch 51: written apart in the thirteenth session, danger said the way people avoid saying it
    // (euphemism, understatement, a practical question that hides the point, politeness that buries the
    // alarm); one line found word for word in the corpus taken out; measured once, blind, after the
    // passes on batches 48 and 49: 92.5% top-1, 89.8% compound recall, 100 of 110 crises, 10 of 329
    // false alarms (3.0%). Then development; after its two passes: 93.6%, 91.0%, 110 of 110, 3 false
    // alarms (0.9%).
    floorCase('batch 51', fresh51, { top1: 0.935, compound: 0.905, crisis: 1, falseAlarm: 0.01 }),
    // Batch 52: written apart in the thirteenth session by children and teenagers (8 to 19) writing for
    // themselves, in the spelling of their age, crises told from the inside; measured once, blind, after
    // the passes on batches 48 and 49: 86.1% top-1, 55.8% compound recall (most crises labelled with the
    // child's or young person's window as well), 105 of 110 crises, 8 of 330 false alarms (2.4%). Then
    // development; after its two passes: 90.5%, 70.5%, 110 of 110, 4 false alarms (1.2%).
    floorCase('batch 52', fresh52, { top1: 0.9, compound: 0.7, crisis: 1, falseAlarm: 0.013 }),
    // Batch 53: written apart in the thirteenth session, anger and complaint (at the city, an office, a
    // landlord, a school, an employer, the family; sarcasm, capitals, rhetorical questions), the need and
    // any danger inside the complaint; measured once, blind, after the passes on batches 51 and 52: 94.8%
    // top-1, 85.1% compound recall, 103 of 110 crises, 2 of 330 false alarms (0.6%). Then development;
    // after its two passes: 96.6%, 91.8%, 110 of 110, no false alarm.
    floorCase('batch 53', fresh53, { top1: 0.965, compound: 0.915, crisis: 1, falseAlarm: 0.001 }),
    // Batch 55: written apart in the fourteenth session, older people and those around them (dementia,
    // falls, care at home, carers at the end of their rope, living alone, end of life, money taken,
    // worried neighbours); measured once, blind: 87.5% top-1, 81.1% compound recall, 95 of 110 crises,
    // 11 of 330 false alarms (3.3%). Then development; after its passes: 89.8%, 82.5%, 110 of 110, 1
    // false alarm (0.3%).
    floorCase('batch 55', fresh55, { top1: 0.895, compound: 0.82, crisis: 1, falseAlarm: 0.004 }),
    // Batch 56: written apart in the fourteenth session as messy typing (typos, no punctuation, romaji and
    // mixed languages, text-speak, fragments, messages of one to six words); eleven lines found word for
    // word in other sets or the corpus taken out; measured once, blind: 92.3% top-1, 88.8% compound
    // recall, 104 of 110 crises, 10 of 319 false alarms (3.1%). Then development; after its passes:
    // 94.2%, 88.2%, 110 of 110, no false alarm.
    floorCase('batch 56', fresh56, { top1: 0.94, compound: 0.88, crisis: 1, falseAlarm: 0.001 }),
    // Batch 57: written apart in the fourteenth session, people new to Japan or living between languages
    // (residents from abroad, their children and spouses, interns, students; Japanese administrative words
    // in kana, kanji or romaji inside their own language); measured once, blind, after the passes on
    // batches 55 and 56: 89.5% top-1, 88.1% compound recall, 101 of 110 crises, 6 of 330 false alarms
    // (1.8%). Then development; after its passes: 90.5%, 90.4%, 110 of 110, 2 false alarms (0.6%); 3
    // with the model retrained in the sixteenth session with more weight on crisis labels (chosen blind on crisis batch 7; the eighteen exams then 1,949 → 1,954 crises).
    floorCase('batch 57', fresh57, { top1: 0.9, compound: 0.9, crisis: 1, falseAlarm: 0.01 }),
    // Batch 58: written apart in the fourteenth session, women's lives (partners and exes, control and
    // stalking, pregnancy and birth, sexual harm told late or about a friend, single mothers, work and
    // care); measured once, blind, after the passes on batches 55 and 56: 86.4% top-1, 84.7% compound
    // recall, 101 of 110 crises, 20 of 330 false alarms (6.1%). Then development; after its passes:
    // 88.2%, 88.3%, 110 of 110, 9 false alarms (2.7%; five of them an ex at the door, a husband who
    // throws things, a friend assaulted last weekend or groped by a boss for months — left alarming).
    floorCase('batch 58', fresh58, { top1: 0.88, compound: 0.88, crisis: 1, falseAlarm: 0.028 }),
    // Batch 60: written apart in the fourteenth session, young adults of 18–35 on their own account (first
    // jobs and none, debts and gig work, living alone, break-ups, online life and gambling apps,
    // loneliness, drink and pills); two lines found word for word elsewhere taken out; measured once,
    // blind, after the passes on batches 55–58: 92.9% top-1, 86.4% compound recall, 102 of 110 crises,
    // 18 of 328 false alarms (5.5%). Then development; after its passes: 93.6%, 91.6%, 110 of 110,
    // 6 false alarms (1.8%).
    floorCase('batch 60', fresh60, { top1: 0.935, compound: 0.915, crisis: 1, falseAlarm: 0.019 }),
    // Batch 61: written apart at the end of the fourteenth session, disability and long illness and the
    // families around them; three lines found word for word elsewhere taken out; measured once, blind,
    // after the passes on batches 55–58 and 60: 89.5% top-1, 84.3% compound recall, 106 of 110 crises,
    // 9 of 327 false alarms (2.8%). Then development; after its passes: 92.9%, 85.6%, 110 of 110, 1
    // false alarm (0.3%).
    floorCase('batch 61', fresh61, { top1: 0.925, compound: 0.855, crisis: 1, falseAlarm: 0.004 }),
    // Batches 63 (housing and the street) and 64 (loss and endings, eight or more alarming-but-safe lines
    // a language): written apart at the start of the fifteenth session, measured once, blind, at 8f95eba:
    // 91.4% top-1, 87.9% compound recall, 100 of 110 crises, 14 of 330 false alarms (4.2%); and 92.3%,
    // 88.7%, 105 of 110, 9 (2.7%). With the model trained on the development sets (a3929a6): 91.8%,
    // 89.6%, 102, 16 (4.8%); 93.2%, 90.1%, 106, 10 (3.0%). Then development; after the passes: 95.9%,
    // 98.3%, 110, 1 (0.3%); 97.7%, 96.0%, 110, 1 (0.3%) — and then trained on.
    floorCase('batch 63', fresh63, { top1: 0.955, compound: 0.98, crisis: 1, falseAlarm: 0.004 }),
    floorCase('batch 64', fresh64, { top1: 0.975, compound: 0.96, crisis: 1, falseAlarm: 0.004 }),
    // Batch 65 (families under strain): written apart in the fifteenth session, measured once, blind, at
    // a3929a6: 91.1% top-1, 91.9% compound recall, 106 of 110 crises, 13 of 330 false alarms (3.9%); after
    // the passes on 63 and 64 the same crises and false alarms. Then development; after its passes: 93.0%,
    // 94.6%, 110, 1 (0.3%) — and then trained on.
    floorCase('batch 65', fresh65, { top1: 0.93, compound: 0.945, crisis: 1, falseAlarm: 0.004 }),
    // Batch 67 (neighbours and the building): written apart at the end of the fifteenth session, seven
    // lines found word for word elsewhere taken out, measured once, blind, on that session's final engine
    // (087ae57): 92.4% top-1, 85.4% compound recall, 109 of 110 crises, 14 of 323 false alarms (4.3%);
    // kept out a session. Then development, trained on; after its passes: 99.8%, 99.3%, 110 of 110, 1
    // false alarm (0.3%).
    floorCase('batch 67', fresh67, { top1: 0.995, compound: 0.99, crisis: 1, falseAlarm: 0.004 }),
    // Batch 68 (people at home, in few words: short messages naming a partner, parent or child):
    // written apart in the sixteenth session, measured once, blind, on its first engine (64390a5):
    // 92.7% top-1, 88.4% compound recall, 109 of 110 crises, 14 of 330 false alarms (4.2%). Then
    // development, trained on; after its passes: 97.0%, 100%, 110 of 110, 5 false alarms (1.5%).
    floorCase('batch 68', fresh68, { top1: 0.965, compound: 0.995, crisis: 1, falseAlarm: 0.016 }),
    // Batch 70 (habits that took over: drink, gambling, games, pills and debt, and the families
    // around them): written apart in the sixteenth session (its writers drew every language from one
    // list of situations), measured once, blind, on the engine after the passes on batch 67: 84.1%
    // top-1, 74.3% compound recall, 108 of 110 crises, 22 of 330 false alarms (6.7%). Then
    // development, trained on; after its passes: 97.7%, 100%, 110 of 110, 8 false alarms (2.4%).
    // Eighteenth session, retrained with crisis batches 12 and 13 and the short corpus: 97.3% top-1 (one concern).
    floorCase('batch 70', fresh70, { top1: 0.97, compound: 0.995, crisis: 1, falseAlarm: 0.025 }),
    // Batch 72 (about half of it about someone else: a neighbour, friend, co-worker, relative, pupil,
    // customer): written apart at the start of the seventeenth session, one line found word for word
    // elsewhere taken out, measured once, blind, on its first engine (f4be028): 95.0% top-1, 88.8%
    // compound recall, 107 of 110 crises, 9 of 329 false alarms (2.7%). Then development, trained on;
    // after its passes: 99.5%, 99.4%, 110 of 110, no false alarm.
    floorCase('batch 72', fresh72, { top1: 0.995, compound: 0.99, crisis: 1, falseAlarm: 0.001 }),
    // Batch 75 (older people and those who look after them, among the ordinary range): written apart in
    // the seventeenth session, one line found word for word elsewhere taken out, measured once, blind,
    // after the session's first passes: 91.1% top-1, 91.0% compound recall, 108 of 110 crises, 5 of 329
    // false alarms (1.5%; its first engine 90.7%, 91.6%, 108, 6). Then development, trained on; after
    // its passes: 97.0%, 100%, 110 of 110, 2 false alarms (0.6%).
    floorCase('batch 75', fresh75, { top1: 0.97, compound: 0.995, crisis: 1, falseAlarm: 0.007 }),
    // Batch 29: written apart at the start of the eleventh session by residents who are irritated,
    // sarcastic or darkly funny (8 or more alarming-but-safe lines a language, crises hidden in the same
    // tone), kept out of the tree until every change of the session was made, measured once, blind, on
    // its final engine: 92.3% top-1, 90.0% compound recall, 103 of 110 crises (four of the other seven
    // shown the numbers "just in case"), 17 of 330 false alarms (5.2%). Never opened.
    // In the sixteenth session, after the passes on crisis batch 8 (a laugh no longer makes harm done to
    // the writer a joke in Korean either), 18 false alarms (5.5%), crises unchanged.
    // Seventeenth session, after its passes and retraining (the twenty older exams 2,172 → 2,173 crises of 2,195, false alarms 153 → 148 of 6,575): 19 false alarms (one more), 106 crises.
    floorCase('batch 29', fresh29, { top1: 0.92, compound: 0.9, crisis: 0.93, falseAlarm: 0.058 }),
    // Batch 33: written apart at the start of the twelfth session as messages dictated by voice (no
    // punctuation, fillers, recogniser slips, numbers as digits), kept out of the tree until every change
    // of the session was made, measured once, blind, on its final engine: 94.5% top-1, 94.6% compound
    // recall, 108 of 110 crises (one of the other two shown the numbers "just in case"), 11 of 330
    // false alarms (3.3%). Never opened.
    floorCase('batch 33', fresh33, { top1: 0.945, compound: 0.945, crisis: 0.98, falseAlarm: 0.034 }),
    // Batch 37: written apart in the twelfth session as an ordinary mix, no flavour asked for; two lines
    // found word for word in another set or the corpus taken out; kept out of the tree until every change
    // of the session was made, measured once, blind, on its final engine: 92.9% top-1, 88.3% compound
    // recall, 108 of 110 crises (one of the other two shown the numbers "just in case"), 9 of 328 false
    // alarms (2.7%). Never opened.
    floorCase('batch 37', fresh37, { top1: 0.925, compound: 0.88, crisis: 0.98, falseAlarm: 0.028 }),
    // Batch 44: written apart at the very end of the twelfth session as an ordinary mix (some of it by a
    // neighbour, a teacher or a co-worker about someone else); three lines found word for word in other
    // sets or the corpus taken out; measured once, blind, on the session's final engine: 94.7% top-1,
    // 91.8% compound recall, 108 of 110 crises (one of the other two shown the numbers "just in case"),
    // 8 of 327 false alarms (2.4%). Never opened. The model retrained with the development sets (fifteenth
    // session) took it to 95.9% top-1, 110 of 110, 1.5%, but compound recall 91.8 → 90.6% (two concerns),
    // while the sixteen exams together gained 48 compound concerns, 18 crises and lost 21 false alarms.
    // Seventeenth session, after its passes and retraining (the twenty older exams 2,172 → 2,173 crises of 2,195, false alarms 153 → 148 of 6,575): compound recall 88.9% (two concerns), 5 false alarms (one fewer).
    floorCase('batch 44', fresh44, { top1: 0.945, compound: 0.885, crisis: 0.98, falseAlarm: 0.025 }),
    // Batch 45: written apart at the start of the thirteenth session as an ordinary mix, kept out of the
    // tree until every change of the session was made, measured once, blind, on its final engine: 92.7%
    // top-1, 89.7% compound recall, 109 of 110 crises, 7 of 330 false alarms (2.1%). Never opened.
    floorCase('batch 45', fresh45, { top1: 0.925, compound: 0.895, crisis: 0.99, falseAlarm: 0.022 }),
    // Batch 50: written apart in the middle of the thirteenth session as an ordinary mix (every age and
    // window, for themselves and for others); four lines found word for word in other sets or the corpus
    // taken out; kept out of the tree until every change was made, measured once, blind, on its final
    // engine: 93.6% top-1, 92.1% compound recall, 107 of 110 crises (one of the other three shown the
    // numbers "just in case"), 4 of 326 false alarms (1.2%). Never opened.
    floorCase('batch 50', fresh50, { top1: 0.935, compound: 0.92, crisis: 0.97, falseAlarm: 0.013 }),
    // Batch 54: written apart at the start of the fourteenth session as an ordinary mix; three lines found
    // word for word in other sets or the corpus taken out; kept out of the tree until every change of
    // the session was made, measured once, blind, on its final engine: 94.7% top-1, 88.6% compound
    // recall, 104 of 110 crises (one of the other six shown the numbers "just in case"), 13 of 327 false
    // alarms (4.0%). Never opened.
    // With the model retrained in the sixteenth session with more weight on crisis labels (chosen blind on crisis batch 7; the eighteen exams then 1,949 → 1,954 crises): 106 crises, 14 false alarms (4.3%).
    floorCase('batch 54', fresh54, { top1: 0.945, compound: 0.885, crisis: 0.945, falseAlarm: 0.043 }),
    // Batch 59: written apart in the middle of the fourteenth session as an ordinary mix (every age and
    // window, for themselves and for others); three lines found word for word in other sets, the corpus
    // or batch 54 taken out; kept out until every change was made, measured once, blind, on the final
    // engine: 94.1% top-1, 88.7% compound recall, 106 of 110 crises (two of the other four shown the
    // numbers "just in case"), 17 of 327 false alarms (5.2%). Never opened.
    floorCase('batch 59', fresh59, { top1: 0.94, compound: 0.885, crisis: 0.96, falseAlarm: 0.052 }),
    // Batch 62: written apart at the start of the fifteenth session as an ordinary mix (some of it about
    // someone else); two lines found word for word in other sets taken out; kept out of the tree until
    // every change of the session was made, measured once, blind, on its final engine: 95.7% top-1,
    // 88.1% compound recall, 105 of 110 crises (three of the other five shown the numbers "just in
    // case"), 5 of 328 false alarms (1.5%). On the session's first engine: 95.2%, 87.4%, 104, 7. Never opened.
    // With the model retrained in the sixteenth session with more weight on crisis labels (chosen blind on crisis batch 7; the eighteen exams then 1,949 → 1,954 crises): 107 crises, compound recall 87.4% (one concern).
    // Retrained in the seventeenth with crisis batches 8 and 9, batch 72 and the corpus of everyday family and medicine talk (the twenty exams 2,172 → 2,172 crises, false alarms 153 → 146): 106 crises.
    // Eighteenth session, after its passes and retraining with crisis batches 12 and 13 and the corpus of short messages (the twenty-two exam mixes 2,392 → 2,395 crises of 2,414, false alarms 163 → 162 of 7,230): 95.4% top-1 (one concern), 108 crises, 3 false alarms.
    floorCase('batch 62', fresh62, { top1: 0.95, compound: 0.87, crisis: 0.96, falseAlarm: 0.016 }),
    // Batch 66: written apart in the middle of the fifteenth session as an ordinary mix (every age and
    // window, short and long, polite and blunt); five lines found word for word in other sets taken out;
    // kept out until every change was made, measured once, blind, on the final engine: 95.9% top-1, 92.2%
    // compound recall, 107 of 110 crises, 13 of 325 false alarms (4.0%). On the session's first engine:
    // 95.4%, 89.6%, 106, 13. Never opened.
    // With the model retrained in the sixteenth session with more weight on crisis labels (chosen blind on crisis batch 7; the eighteen exams then 1,949 → 1,954 crises): compound recall 91.6% (one concern), 12 false alarms.
    // Seventeenth session, after its passes and retraining (the twenty older exams 2,172 → 2,173 crises of 2,195, false alarms 153 → 148 of 6,575): compound recall 90.9% (one concern), 108 crises, 11 false alarms.
    // Twenty-sixth session, after its passes (counts only): 109 crises, 11 false alarms.
    floorCase('batch 66', fresh66, { top1: 0.955, compound: 0.905, crisis: 0.99, falseAlarm: 0.04 }),
    // Batch 69: written apart at the start of the sixteenth session as an ordinary mix (every age and
    // window, for themselves and for others); one line found word for word elsewhere taken out; kept
    // out of the tree until the session's engine changes but the last pass (crisis batch 8) were made,
    // measured blind then and on the final engine alike: 95.0% top-1, 92.5% compound recall, 110 of 110
    // crises, 10 of 329 false alarms (3.0%). On the session's first engine: 94.8%, 93.2%, 110, 10.
    // Never opened.
    // Seventeenth session, after its passes and retraining (the twenty older exams 2,172 → 2,173 crises of 2,195, false alarms 153 → 148 of 6,575): compound recall 91.8% (one concern).
    // Eighteenth session, after its passes and retraining with crisis batches 12 and 13 and the corpus of short messages (the twenty-two exam mixes 2,392 → 2,395 crises of 2,414, false alarms 163 → 162 of 7,230): 94.8% top-1, 12 false alarms (3.6%, two more).
    // Nineteenth session, after its lexicon passes (not retrained; the twenty-two exam mixes 2,395 → 2,394 crises of 2,414, false alarms 162 → 158 of 7,230): 94.5% top-1, 109 crises (one lost to a pass, not found by taking the new safe concepts out one at a time), 11 false alarms.
    // Twentieth session, after its passes (not retrained; the twenty-two exam mixes 2,394 → 2,395 crises of 2,414, false alarms 158 of 7,230): 94.8% top-1, every crisis again (a game frame no longer covers a parent hitting a child), 11 false alarms.
    floorCase('batch 69', fresh69, { top1: 0.945, compound: 0.915, crisis: 1, falseAlarm: 0.037 }),
    // Batch 71: written apart in the middle of the sixteenth session as an ordinary mix, each language
    // from its own residents' situations; two lines found word for word elsewhere taken out; kept out
    // and measured as batch 69: 96.3%, 91.8%, 108 of 110, 9 of 328 (2.7%). On the session's first
    // engine: 95.9%, 91.8%, 108, 10 (3.0%). Never opened.
    // Retrained in the seventeenth session (see batch 62): 95.7% top-1 (two concerns).
    // Seventeenth session, after its passes and retraining (the twenty older exams 2,172 → 2,173 crises of 2,195, false alarms 153 → 148 of 6,575): 95.4% top-1 and 91.1% compound recall (one concern each), 109 crises.
    // Eighteenth session, after its passes and retraining with crisis batches 12 and 13 and the corpus of short messages (the twenty-two exam mixes 2,392 → 2,395 crises of 2,414, false alarms 163 → 162 of 7,230): 95.2% top-1, 90.4% compound recall (one concern each).
    floorCase('batch 71', fresh71, { top1: 0.95, compound: 0.9, crisis: 0.98, falseAlarm: 0.028 }),
    // Batches 73 and 74: written apart at the start of the seventeenth session as ordinary mixes, each
    // language from its own residents' situations (five and one lines found word for word elsewhere
    // taken out), kept out of the tree until the session's second checkpoint (6046418), measured then,
    // blind, and on its final engine alike: 73 95.6% top-1, 92.5% compound recall, 109 of 109 crises, 10 of 326 false alarms (3.1%); 74 96.6%,
    // 90.3%, 110 of 110, 5 of 329 (1.5%). On the session's first engine: 95.2%, 89.7%, 109, 9; 96.1%,
    // 88.9%, 110, 5. Never opened.
    floorCase('batch 73', fresh73, { top1: 0.955, compound: 0.92, crisis: 1, falseAlarm: 0.031 }),
    // Eighteenth session, after its passes and retraining with crisis batches 12 and 13 and the corpus of short messages (the twenty-two exam mixes 2,392 → 2,395 crises of 2,414, false alarms 163 → 162 of 7,230): 74 96.4% top-1 (one concern), 88.9% compound recall (two), 4 false alarms.
    floorCase('batch 74', fresh74, { top1: 0.96, compound: 0.885, crisis: 1, falseAlarm: 0.016 }),
  ])('%s', (_title, set, f) => floors(set, f));
});

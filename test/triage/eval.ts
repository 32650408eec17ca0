import { DESCRIPTIONS } from './descriptions.ts';
import {
  DEVELOPMENT_SETS,
  EXAM_SETS,
  type LabelledT,
  type Miss,
  rate,
  readSet,
  type Scores,
  score,
} from './metrics.ts';

/**
 * `npm run eval:triage`: scores the engine on every labelled set, each with what it has been used
 * for (descriptions.ts). The development sets (metrics.ts: DEVELOPMENT_SETS — the team's set, the
 * crisis batches and the development batches of the mix residents send, each measured blind before it
 * joined) are what the lexicons are tuned against and the model is trained on; the held-out set and
 * the exam batches and exam crisis batches (EXAM_SETS) are measured, never tuned against nor trained on, and nobody opens
 * their lines. `--misses` lists what went wrong on the team's set only, so the others stay unseen by
 * whoever tunes the lexicons.
 */
const showMisses = process.argv.includes('--misses');
/** `--development`: only the sets the engine is developed on; the held-out set and the exam batches stay unseen. */
const developmentOnly = process.argv.includes('--development');

function pct(r: { hit: number; of: number }): string {
  return r.of === 0 ? '     -' : `${(100 * rate(r)).toFixed(1).padStart(5)}%`;
}

function row(label: string, s: Scores): string {
  return [
    label.padEnd(9),
    String(s.count).padStart(4),
    pct(s.top1),
    pct(s.compound),
    pct(s.crisisRecall),
    pct(s.crisisExact),
    pct(s.falseAlarm),
    pct(s.falseCompound),
    pct(s.language),
  ].join('  ');
}

function report(name: string, items: LabelledT[], listMisses: boolean): void {
  const misses: Miss[] = [];
  const overall = score(items, misses);
  console.log(`\n${name}`);
  console.log(
    ['         ', '   n', ' top-1', 'compnd', 'crisis', 'exact ', 'f-alrm', 'f-comp', 'lang  '].join('  '),
  );
  console.log(row('ALL', overall));
  const languages = [...new Set(items.map((i) => i.lang))];
  for (const lang of languages) console.log(row(lang, score(items.filter((i) => i.lang === lang))));
  console.log(
    `  top-1 ${(100 * rate(overall.top1)).toFixed(1)}% · compound recall ${(100 * rate(overall.compound)).toFixed(1)}% · ` +
      `crisis recall ${(100 * rate(overall.crisisRecall)).toFixed(1)}% · false-alarm ${(100 * rate(overall.falseAlarm)).toFixed(1)}%`,
  );
  const { crisisRecall, watchedMisses, watchedSafe, falseAlarm } = overall;
  console.log(
    `  crises ${crisisRecall.hit}/${crisisRecall.of} alarmed; "just in case" numbers for ${watchedMisses.hit} of ` +
      `${watchedMisses.of} missed and ${watchedSafe.hit} of ${watchedSafe.of} non-crises; false alarms ${falseAlarm.hit}`,
  );
  if (listMisses) {
    const byId = new Map(items.map((i) => [i.id, i.text]));
    for (const m of misses)
      console.log(
        `  ${m.what.padEnd(13)} ${m.id.padEnd(8)} want ${m.expected} got ${m.got} · ${byId.get(m.id)}`,
      );
  }
}

function reportFile(file: string, listMisses = false): void {
  const description = DESCRIPTIONS[file];
  if (description === undefined) throw new Error(`describe ${file} in test/triage/descriptions.ts`);
  report(description, readSet(`./${file}`), listMisses);
}

for (const file of DEVELOPMENT_SETS) reportFile(file, showMisses && file === 'eval-set.jsonl');
if (!developmentOnly) {
  reportFile('holdout.jsonl');
  for (const file of EXAM_SETS) reportFile(file);
}

import { readFileSync } from 'node:fs';
import { detectCrisis, triage } from '../src/core/triage/index.ts';

// npm run bench:triage: time per message for triage() and detectCrisis() over the labelled concerns
// (every language), after a warm-up; prints median and p95 in microseconds.

const texts = ['../test/triage/eval-set.jsonl', '../test/triage/holdout.jsonl'].flatMap((path) =>
  readFileSync(new URL(path, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text),
);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);

function measure(name: string, run: (text: string) => unknown): void {
  for (const text of texts) run(text);
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const text of texts) {
      const start = performance.now();
      run(text);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => ((times[Math.floor(q * (times.length - 1))] ?? 0) * 1000).toFixed(0);
  console.log(
    `${name.padEnd(13)} ${times.length} calls · median ${at(0.5)} µs · p95 ${at(0.95)} µs · max ${at(1)} µs`,
  );
}

measure('triage', triage);
measure('detectCrisis', detectCrisis);

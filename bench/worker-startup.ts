import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir, WRANGLER } from '../test/support/workerd.ts';

// npm run bench:startup: the Worker's startup CPU as `wrangler check startup` profiles it (the Worker
// built as `wrangler deploy` would, then started in workerd), BENCH_ROUNDS times (default 3). Cloudflare
// refuses a Worker whose startup takes more than a second of CPU; their machines are faster than most.
// Prints each run's busy time (the profile's samples, idle left out) and the median.

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

interface Profile {
  nodes: { id: number; callFrame: { functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds the profile's samples spent on anything but waiting. */
function busy(profile: Profile): number {
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  let micros = 0;
  profile.samples.forEach((id, i) => {
    if (!idle.has(id)) micros += profile.timeDeltas[i] ?? 0;
  });
  return micros / 1000;
}

const dir = tempDir('lfd-startup-');
try {
  const runs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const out = join(dir.path, `startup-${round}.cpuprofile`);
    execFileSync(process.execPath, [WRANGLER, 'check', 'startup', '--outfile', out], {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_LOG_PATH: dir.path },
    });
    runs.push(busy(JSON.parse(readFileSync(out, 'utf8')) as Profile));
  }
  const sorted = [...runs].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
  console.log(
    `Worker startup CPU: ${runs.map((ms) => ms.toFixed(0)).join(', ')} ms · median ${median.toFixed(0)} ms (limit 1,000 ms)`,
  );
} finally {
  dir.remove();
}

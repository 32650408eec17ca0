import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../src/adapters/db/tables.ts';
import type { SentEvent } from './load.ts';
import { type Acked, pairUp, quantile, type Receipt, round, table } from './stats.ts';

// npm run bench: the server, a fake LINE API and virtual residents, each in its own process.
// BENCH_RATES=100,500 BENCH_SECONDS=5 for a small run; DATABASE_URL for real Postgres (a fresh database).

const RATES = (process.env.BENCH_RATES ?? '250,500,1000,2000').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 12);
const THINK_MS = 1_000;
const STAGE_DRAIN_MS = Number(process.env.BENCH_STAGE_DRAIN_MS ?? 15_000);
const FINAL_DRAIN_MS = Number(process.env.BENCH_FINAL_DRAIN_MS ?? 45_000);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const CEILING_SECONDS = Number(process.env.BENCH_CEILING_SECONDS ?? 6);
const SECRET = 'bench-channel-secret';
const node = process.execPath;
const root = new URL('..', import.meta.url).pathname;

const children: ChildProcess[] = [];
process.on('exit', () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

function launch(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(node, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  // Drain stdout so a chatty child never blocks on a full pipe.
  child.stdout?.resume();
  return child;
}

/** Starts a process and waits for the JSON line on its stdout that has `key`. */
function start(
  args: string[],
  env: Record<string, string>,
  key: string,
): Promise<{ child: ChildProcess; value: string }> {
  const child = launch(args, env);
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NonNullable<typeof child.stdout> });
    let found = false;
    lines.on('line', (line) => {
      if (found || !line.startsWith('{')) return;
      try {
        const value = (JSON.parse(line) as Record<string, unknown>)[key];
        if (typeof value === 'string') {
          found = true;
          resolve({ child, value });
        }
      } catch {}
    });
    child.on('exit', (code) => {
      if (!found) reject(new Error(`${args.join(' ')} exited with ${code} before printing ${key}`));
    });
  });
}

/** Runs a process to its end and returns the last JSON line it printed. */
function runToEnd<T>(args: string[]): Promise<T> {
  const child = spawn(node, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  let last = '';
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.startsWith('{')) last = line;
  });
  return new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(last) as T) : reject(new Error(`${args[0]} exited ${code}`)),
    ),
  );
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  await new Promise((r) => server.close(r));
  return typeof address === 'object' && address ? address.port : 0;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitHealthy(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    try {
      if ((await fetch(`${url}healthz`)).ok) return;
    } catch {}
    await sleep(100);
  }
  throw new Error('the server did not become healthy');
}

/** Peak resident memory of a process, sampled; VmHWM also keeps the kernel's own high-water mark. */
function rssOf(pid: number): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(status.match(new RegExp(`${field}:\\s+(\\d+)`))?.[1] ?? 0);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time (user + system) a process has used, in ms; 0 once it is gone. */
function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/**
 * CPU time of every PostgreSQL process on this machine since the benchmark began watching. Backends
 * come and go (a pool closes idle connections), so each one's last reading is kept after it exits;
 * sampled with the memory, a process that exits loses at most its last fifth of a second.
 */
const postgresSeen = new Map<number, number>();
function postgresCpuMs(): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
      const ms = cpuMsOf(Number(entry));
      if (ms > 0) postgresSeen.set(Number(entry), ms);
    } catch {}
  }
  let total = 0;
  for (const ms of postgresSeen.values()) total += ms;
  return total;
}

// --- database: a fresh Postgres database, or PGlite files we can open after the server stops ---
const pgUrl = process.env.DATABASE_URL;
let dbName = '';
let serverDbEnv: Record<string, string>;
let pgliteDir = '';
if (pgUrl) {
  const { openPostgres } = await import('../src/adapters/db/postgres.ts');
  const admin = openPostgres(pgUrl, 1);
  dbName = `lfd_bench_${Date.now()}`;
  await sql`CREATE DATABASE ${sql.id(dbName)}`.execute(admin);
  await admin.destroy();
  const url = new URL(pgUrl);
  url.pathname = `/${dbName}`;
  serverDbEnv = { DATABASE_URL: url.toString() };
} else {
  pgliteDir = mkdtempSync(join(tmpdir(), 'lfd-bench-'));
  serverDbEnv = { DATABASE_URL: '', PGLITE_DIR: pgliteDir };
}

const fake = await start(['src/entry/fake-line.ts', '0'], {}, 'fakeLine');
const fakeUrl = `${fake.value}/`;
const port = await freePort();
const serverUrl = `http://127.0.0.1:${port}/`;
// The server runs as `npm start` runs it, with the same Node flags: a small young generation, and an
// old generation allowed to grow by half its live size between full collections (V8's default lets it
// double and more under a high allocation rate, which costs ~150 MB of garbage at 1,000 events/s).
const startFlags = (
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }
).scripts.start
  .split(' ')
  .filter((word) => word.startsWith('--'));
const serverChild = launch(
  [
    ...startFlags,
    ...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean),
    'src/entry/node.ts',
  ],
  {
    ...serverDbEnv,
    PORT: String(port),
    LINE_CHANNEL_SECRET: SECRET,
    LINE_CHANNEL_ACCESS_TOKEN: 'bench-token',
    LINE_API_BASE_URL: fake.value,
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
  },
);
await waitHealthy(serverUrl, serverChild);
const database = pgUrl ? 'PostgreSQL' : 'PGlite';
console.log(`server ${serverUrl} (${database}), fake LINE ${fake.value}, ${cpus().length} cores`);

// The ceiling, first, while nothing else of ours is busy: the same load generator flooding a bare
// signature-checking endpoint.
const ceiling = await start(['bench/ceiling.ts', SECRET], {}, 'ceiling');
const ceilingOut = join(tmpdir(), `lfd-bench-${process.pid}-ceiling.json`);
const flood = await runToEnd<{ began: number; ended: number }>([
  'bench/load.ts',
  JSON.stringify({
    target: ceiling.value,
    fake: fakeUrl,
    secret: SECRET,
    mode: 'flood',
    seconds: CEILING_SECONDS,
    concurrency: 64,
    stage: 'c',
    out: ceilingOut,
  }),
]);
const flooded = JSON.parse(readFileSync(ceilingOut, 'utf8')) as SentEvent[];
rmSync(ceilingOut);
const ceilingPerS = (flooded.filter((e) => e.status === 200).length * 1000) / (flood.ended - flood.began);
ceiling.child.kill('SIGTERM');

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, rssOf(serverChild.pid as number).rss);
  if (pgUrl) postgresCpuMs();
}, 200);

const receipts: Receipt[] = [];
/** Calls the stand-in LINE API has answered 429 so far (over its 2,000/s bucket). */
let limited = 0;
async function pullReceipts(): Promise<void> {
  const answer = (await (await fetch(`${fakeUrl}__fake/tally?since=${receipts.length}`)).json()) as {
    receipts: Receipt[];
    limited: number;
  };
  receipts.push(...answer.receipts);
  limited = answer.limited;
}

interface StageResult {
  row: Record<string, string | number | null>;
  acked: Acked[];
  ackedIds: string[];
  eventsPerS: number;
  /** CPU ms per event sent, per process: the server, the stand-in LINE API, the virtual residents, PostgreSQL. */
  cpu: Record<'server' | 'line' | 'load' | 'pg', number | null>;
  ackP99: number;
  replyP99: number;
  /** Acknowledged events whose reply had not reached LINE when the stage's drain time ran out. */
  unanswered: number;
}

async function stage(rate: number, n: number, seconds = SECONDS): Promise<StageResult> {
  const out = join(tmpdir(), `lfd-bench-${process.pid}-${n}.json`);
  await pullReceipts();
  const limitedBefore = limited;
  const cpuBefore = {
    server: cpuMsOf(serverChild.pid as number),
    line: cpuMsOf(fake.child.pid as number),
    pg: postgresCpuMs(),
  };
  const load = await runToEnd<{ began: number; ended: number; cpuMs: number }>([
    'bench/load.ts',
    JSON.stringify({
      target: serverUrl,
      fake: fakeUrl,
      secret: SECRET,
      mode: 'walk',
      rate,
      seconds,
      thinkMs: THINK_MS,
      stage: `s${n}`,
      out,
    }),
  ]);
  const sent = JSON.parse(readFileSync(out, 'utf8')) as SentEvent[];
  rmSync(out);
  const acked = sent.filter((e) => e.status === 200);
  const users = new Set(acked.map((e) => e.user));
  // Wait until every acknowledged event has its reply, for at most STAGE_DRAIN_MS.
  const drainUntil = Date.now() + STAGE_DRAIN_MS;
  for (;;) {
    await pullReceipts();
    const mine = receipts.filter((r) => users.has(r.to)).length;
    if (mine >= acked.length || Date.now() > drainUntil) break;
    await sleep(250);
  }
  // What each part spent on this stage's events, from its first event to its last reply (or the drain's end).
  const per = (ms: number) => round(ms / Math.max(1, sent.length), 3);
  const cpu = {
    server: per(cpuMsOf(serverChild.pid as number) - cpuBefore.server),
    line: per(cpuMsOf(fake.child.pid as number) - cpuBefore.line),
    load: per(load.cpuMs),
    pg: pgUrl ? per(postgresCpuMs() - cpuBefore.pg) : null,
  };
  const paired = pairUp(
    acked,
    receipts.filter((r) => users.has(r.to)),
  );
  // Throughput in the steady part, when residents at every step of the walk are writing: replies
  // LINE received per second then (it is the offered rate if the bot keeps up, its capacity if not).
  let from = load.began + 4 * THINK_MS;
  let to = load.began + seconds * 1000;
  if (to - from < 1_000) {
    from = Math.min(...acked.map((e) => e.sentAt));
    to = paired.lastAt;
  }
  const inWindow = paired.deliveredAt.filter((at) => at >= from && at < to).length;
  const eventsPerS = (inWindow * 1000) / Math.max(1, to - from);
  const acks = sent.filter((e) => e.tries === 1 && e.status === 200).map((e) => e.ackMs);
  const row = {
    stage: n,
    offered_per_s: rate,
    sent: sent.length,
    events_per_s: round(eventsPerS, 0),
    ack_p50: round(quantile(acks, 0.5)),
    ack_p95: round(quantile(acks, 0.95)),
    ack_p99: round(quantile(acks, 0.99)),
    reply_p50: round(quantile(paired.latencies, 0.5), 0),
    reply_p95: round(quantile(paired.latencies, 0.95), 0),
    reply_p99: round(quantile(paired.latencies, 0.99), 0),
    errors: sent.length - acked.length,
    redelivered: sent.filter((e) => e.tries > 1).length,
    pushed: paired.pushed,
    line_429: limited - limitedBefore,
    unanswered: paired.lost,
    rss_mb: round(peakRss, 0),
    cpu_ms_server: cpu.server,
    cpu_ms_line: cpu.line,
    cpu_ms_load: cpu.load,
    cpu_ms_pg: cpu.pg,
  };
  console.log(table([row]).split('\n').slice(-1)[0]);
  return {
    row,
    acked: acked.map((e) => ({ user: e.user, sentAt: e.sentAt })),
    ackedIds: acked.map((e) => e.id),
    eventsPerS,
    cpu,
    ackP99: quantile(acks, 0.99),
    replyP99: quantile(paired.latencies, 0.99),
    unanswered: paired.lost,
  };
}

// A short warm-up the figures leave out (the JIT, the pools, the first triage's decoding); its
// events still count toward lost and duplicated.
const warmUp = WARMUP_SECONDS > 0 ? await stage(Math.min(200, RATES[0] ?? 200), 0, WARMUP_SECONDS) : null;
const results: StageResult[] = [];
for (const [i, rate] of RATES.entries()) {
  const result = await stage(rate, i + 1);
  results.push(result);
  if (result.unanswered > 0) {
    console.log(`stage ${i + 1}: the bot fell behind at ${rate}/s; no higher rates this run`);
    break;
  }
}

// Whatever is still queued gets its chance to finish, then the effects are counted: every acknowledged
// event recorded and answered once (from the database and the fake's records), no referral twice.
const ackedAll = [...(warmUp?.acked ?? []), ...results.flatMap((r) => r.acked)];
const finalUntil = Date.now() + FINAL_DRAIN_MS;
for (;;) {
  await pullReceipts();
  if (receipts.length >= ackedAll.length || Date.now() > finalUntil) break;
  await sleep(500);
}
const overall = pairUp(ackedAll, receipts);
clearInterval(sampler);
const peakHwm = rssOf(serverChild.pid as number).hwm;
serverChild.kill('SIGTERM');
await new Promise((r) => serverChild.once('exit', r));
let db: Kysely<Database>;
if (pgUrl) {
  const { openPostgres } = await import('../src/adapters/db/postgres.ts');
  db = openPostgres((serverDbEnv.DATABASE_URL as string) ?? '', 2);
} else {
  const { openPglite } = await import('../src/adapters/db/pglite.ts');
  db = openPglite(pgliteDir);
}
const inboxRows = await db.selectFrom('inbox_events').select(['webhook_event_id', 'status']).execute();
const recorded = new Set(inboxRows.map((r) => r.webhook_event_id));
const inboxByStatus: Record<string, number> = {};
for (const r of inboxRows) inboxByStatus[r.status] = (inboxByStatus[r.status] ?? 0) + 1;
const referralDupes = await sql<{ n: number }>`
  SELECT coalesce(sum(c - 1), 0)::int AS n FROM (SELECT count(*) AS c FROM referrals GROUP BY line_user_id) t`.execute(
  db,
);
const referrals = await db
  .selectFrom('referrals')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .executeTakeFirstOrThrow();
const outboxRows = await db
  .selectFrom('outbox')
  .select(['status'])
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .groupBy('status')
  .execute();
const outboxByStatus = Object.fromEntries(outboxRows.map((r) => [r.status, Number(r.n)]));
await db.destroy();
if (pgUrl) {
  const { openPostgres } = await import('../src/adapters/db/postgres.ts');
  const admin = openPostgres(pgUrl, 1);
  await sql`DROP DATABASE IF EXISTS ${sql.id(dbName)} WITH (FORCE)`.execute(admin);
  await admin.destroy();
} else rmSync(pgliteDir, { recursive: true, force: true });
fake.child.kill('SIGTERM');

const ackedTotal = ackedAll.length;
const missing = [...(warmUp?.ackedIds ?? []), ...results.flatMap((r) => r.ackedIds)].filter(
  (id) => !recorded.has(id),
).length;
// Still queued when the run ended is a backlog, not a loss: it is durable and would be answered.
const backlog = (inboxByStatus.pending ?? 0) + (outboxByStatus.pending ?? 0);
const lost = missing + Math.max(0, overall.lost - backlog);
const duplicated = overall.duplicated + (referralDupes.rows[0]?.n ?? 0);

console.log('');
console.log(table(results.map((r) => r.row)));
console.log('');
console.log(
  table([
    {
      acked: ackedTotal,
      not_recorded: missing,
      inbox_done: inboxByStatus.done ?? 0,
      inbox_pending: inboxByStatus.pending ?? 0,
      inbox_failed: inboxByStatus.failed ?? 0,
      referrals: Number(referrals.n),
      referral_dupes: referralDupes.rows[0]?.n ?? 0,
      outbox_sent: outboxByStatus.sent ?? 0,
      outbox_pending: outboxByStatus.pending ?? 0,
      outbox_undeliverable: outboxByStatus.undeliverable ?? 0,
      unanswered: overall.lost,
      lost,
      duplicated,
      ceiling_per_s: round(ceilingPerS, 0),
    },
  ]),
);
// The headline is the fastest stage that kept up (reply p99 under 500 ms), else the fastest stage.
const held = results.filter((r) => r.replyP99 < 500 && r.ackP99 < 100 && r.unanswered === 0);
const best = (held.length > 0 ? held : results).reduce((a, b) => (b.eventsPerS > a.eventsPerS ? b : a));
console.log('');
console.log(
  JSON.stringify({
    events_per_s: round(best.eventsPerS, 0),
    offered_per_s: best.row.offered_per_s,
    ack_p99_ms: round(best.ackP99),
    reply_p99_ms: round(best.replyP99, 0),
    lost,
    duplicated,
    backlog,
    rss_mb: round(Math.max(peakRss, peakHwm), 0),
    cpu_ms_per_event: best.cpu,
    ceiling_events_per_s: round(ceilingPerS, 0),
    ratio: round(best.eventsPerS / ceilingPerS, 3),
    database,
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    mem_gb: round(totalmem() / 2 ** 30, 0),
  }),
);
process.exit(0);

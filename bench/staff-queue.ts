// Times the staff queue at 100,000 referrals: node bench/staff-queue.ts (DATABASE_URL adds Postgres).
import { type Kysely, sql } from 'kysely';
import { readMigrations } from '../src/adapters/db/migration-files.ts';
import { migrate } from '../src/adapters/db/migrator.ts';
import { openPglite } from '../src/adapters/db/pglite.ts';
import { openPostgres } from '../src/adapters/db/postgres.ts';
import { newPgStaffStore } from '../src/adapters/db/staff-store.ts';
import type { Database } from '../src/adapters/db/tables.ts';
import type { QueueCursor, QueueFilters } from '../src/app/staff/ports.ts';
import { OPEN_QUEUE, SEED_WINDOWS, seedReferrals } from '../test/support/seed-referrals.ts';

const COUNT = Number(process.argv[2] ?? 100_000);
const ids = { uuid: () => crypto.randomUUID(), randomBytes: (n: number) => new Uint8Array(n) };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function run(name: string, db: Kysely<Database>) {
  await migrate(db as Kysely<unknown>, readMigrations());
  const seeding = performance.now();
  await seedReferrals(db, COUNT, SEED_WINDOWS);
  console.log(`${name}: seeded ${COUNT} referrals in ${Math.round(performance.now() - seeding)} ms`);
  const store = newPgStaffStore(db, ids);
  const cases: [string, { serviceId: string | null }, QueueFilters][] = [
    ['window, open', { serviceId: 'window-3' }, OPEN_QUEUE],
    ['all windows, open', { serviceId: null }, OPEN_QUEUE],
    ['all windows, closed', { serviceId: null }, { ...OPEN_QUEUE, status: 'closed' }],
    [
      'all windows, category+language',
      { serviceId: null },
      { ...OPEN_QUEUE, category: 'housing', language: 'en' },
    ],
  ];
  for (const [label, scope, filters] of cases) {
    const first: number[] = [];
    const tenth: number[] = [];
    for (let rep = 0; rep < 15; rep++) {
      let after: QueueCursor | null = null;
      for (let page = 1; page <= 10; page++) {
        const start = performance.now();
        const rows = await store.queue(scope, filters, after, 51);
        const ms = performance.now() - start;
        if (page === 1) first.push(ms);
        if (page === 10) tenth.push(ms);
        after = rows[49]?.cursor ?? null;
        if (!after) break;
      }
    }
    console.log(
      `${name}: ${label}: page 1 median ${median(first).toFixed(2)} ms, page 10 median ${median(tenth).toFixed(2)} ms (15 runs)`,
    );
  }
}

const pglite = openPglite('memory://');
await run('PGlite', pglite);
await pglite.destroy();

if (process.env.DATABASE_URL) {
  const admin = openPostgres(process.env.DATABASE_URL, 1);
  const name = `lfd_bench_${process.pid}`;
  await sql`CREATE DATABASE ${sql.id(name)}`.execute(admin);
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString(), 2);
  try {
    await run('PostgreSQL', db);
  } finally {
    await db.destroy();
    await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(admin);
    await admin.destroy();
  }
}

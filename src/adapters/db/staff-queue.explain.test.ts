import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_QUEUE, SEED_WINDOWS, seedReferrals } from '../../../test/support/seed-referrals.ts';
import type { QueueFilters } from '../../app/staff/ports.ts';
import { readMigrations } from './migration-files.ts';
import { migrate } from './migrator.ts';
import { openPglite } from './pglite.ts';
import { newPgStaffStore, queueQuery } from './staff-store.ts';
import type { Database } from './tables.ts';

/** The plan as one line of text, from EXPLAIN (FORMAT JSON). */
async function plan(q: ReturnType<typeof queueQuery>): Promise<string> {
  const rows = await q.explain('json');
  return JSON.stringify(rows);
}

describe('the queue at 100,000 referrals', () => {
  let db: Kysely<Database>;
  beforeAll(async () => {
    db = openPglite('memory://');
    await migrate(db as Kysely<unknown>, readMigrations());
    await seedReferrals(db, 100_000, SEED_WINDOWS);
  }, 120_000);
  afterAll(async () => {
    await db?.destroy();
  });

  it("reads a window's page in index order: no sort, no sequential scan", async () => {
    const store = newPgStaffStore(db, {
      uuid: () => crypto.randomUUID(),
      randomBytes: (n) => new Uint8Array(n),
    });
    const first = await store.queue({ serviceId: 'window-3' }, OPEN_QUEUE, null, 51);
    expect(first).toHaveLength(51);
    const after = first[49]?.cursor ?? null;
    const text = await plan(queueQuery(db, { serviceId: 'window-3' }, OPEN_QUEUE, after, 51));
    expect(text).toContain('referrals_queue_window');
    expect(text).not.toContain('"Sort"');
    expect(text).not.toContain('Seq Scan');
  });

  it("reads a coordinator's page of every window the same way", async () => {
    const text = await plan(queueQuery(db, { serviceId: null }, OPEN_QUEUE, null, 51));
    expect(text).toContain('referrals_queue_all');
    expect(text).not.toContain('"Sort"');
    expect(text).not.toContain('Seq Scan');
  });

  it('reads closed referrals, deep into the list, without sorting 100,000 rows', async () => {
    const filters: QueueFilters = { ...OPEN_QUEUE, status: 'closed' };
    const text = await plan(
      queueQuery(
        db,
        { serviceId: null },
        filters,
        { rank: 3, createdAt: new Date(0).toISOString(), id: '00000000-0000-0000-0000-000000000000' },
        51,
      ),
    );
    expect(text).not.toContain('"Sort"');
    expect(text).not.toContain('Seq Scan');
  });

  it('pages through a window without repeating or skipping a row', async () => {
    const store = newPgStaffStore(db, {
      uuid: () => crypto.randomUUID(),
      randomBytes: (n) => new Uint8Array(n),
    });
    const seen = new Set<string>();
    let after = null;
    for (let page = 0; page < 4; page++) {
      const rows = await store.queue({ serviceId: 'window-5' }, OPEN_QUEUE, after, 50);
      for (const r of rows) seen.add(r.id);
      after = rows.at(-1)?.cursor ?? null;
    }
    expect(seen.size).toBe(200);
  });
});

import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrations } from '../src/adapters/db/migration-files.ts';
import { migrate } from '../src/adapters/db/migrator.ts';
import { newPgStore } from '../src/adapters/db/store.ts';
import { systemIds } from '../src/adapters/services.ts';
import { laneOf } from '../src/app/lanes.ts';
import type { Store } from '../src/app/ports.ts';
import { sleep } from '../src/app/retry.ts';
import { type ScratchDatabase, scratchDatabase } from './support/scratch-database.ts';

const postgres = process.env.DATABASE_URL;

/**
 * The race the benchmark found: a process claims a lane at the moment another, having committed the
 * lane's events, frees it. A claim that read the events in the statement that took the lease saw
 * them through a snapshot from before that commit — pending — and handled them a second time.
 */
describe.skipIf(!postgres)('claiming a lane just freed by another process (postgres)', () => {
  let scratch: ScratchDatabase;
  let store: Store;

  beforeAll(async () => {
    scratch = await scratchDatabase('lfd_race', 4);
    await migrate(scratch.db as never, readMigrations());
    store = newPgStore(scratch.db, systemIds);
  });
  afterAll(() => scratch.drop());

  it('never hands out events the previous holder committed while the claim waited for the lane', async () => {
    const user = `U${'race'.padEnd(32, '0')}`;
    const lane = laneOf(user);
    await store.inbox.add([
      { webhookEventId: 'race-1', lane, eventType: 'postback', eventTs: 1, payload: { n: 1 } },
    ]);
    const [held] = await store.inbox.claimBatch('process-a', 60_000, 8, 0);
    const event = held?.events[0];
    if (!event) throw new Error('process A claimed nothing');

    // Process A's lease has run out, and A is just now freeing the lane: its row is locked.
    await sql`UPDATE inbox_lanes SET lease_until = now() - interval '1 second' WHERE lane = ${lane}`.execute(
      scratch.db,
    );
    const a = new pg.Client({ connectionString: scratch.url });
    await a.connect();
    await a.query('BEGIN');
    await a.query('UPDATE inbox_lanes SET lease_until = lease_until WHERE lane = $1', [lane]);

    // Process B starts its claim now and waits on that row…
    const claim = store.inbox.claimBatch('process-b', 60_000, 8, 0);
    await sleep(200);
    // …while A commits the event's turn and frees the lane.
    await store.commitTurns([
      {
        inboxId: event.id,
        note: 'postback',
        lineUserId: user,
        state: { flowId: 'intake', flowVersion: 1, stepId: 'menu', locale: 'ja', data: {} },
        referral: null,
        outbox: [],
      },
    ]);
    await a.query('DELETE FROM inbox_lanes WHERE lane = $1', [lane]);
    await a.query('COMMIT');
    await a.end();

    const claimed = await claim;
    expect(claimed.flatMap((l) => l.events.map((e) => e.webhookEventId))).toEqual([]);
  });
});

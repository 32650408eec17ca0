import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { sleep } from '../src/app/retry.ts';
import {
  CuttableProxy,
  type FakeLineProcess,
  faultDatabase,
  freePort,
  postEvents,
  type ServerProcess,
  settled,
  startFakeLine,
  startServer,
  WALK,
  walkEvent,
} from './support/processes.ts';

const postgres = process.env.DATABASE_URL;
if (!postgres)
  console.warn('faults.processes: skipped — these need DATABASE_URL (real Postgres, several processes)');

const user = (n: number) => `U${'fa17'.padEnd(16, '0')}${n.toString(16).padStart(16, '0')}`;

/** Redelivers like LINE until the webhook says 200 (an outage answers 5xx). */
async function deliverUntilAcked(server: () => ServerProcess, event: unknown, tries = 40): Promise<number> {
  for (let i = 1; i <= tries; i++) {
    if ((await postEvents(server().url, [event])) === 200) return i;
    await sleep(250);
  }
  throw new Error('never acknowledged');
}

describe.skipIf(!postgres)('faults with real processes on Postgres', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function expectEachEventAnsweredOnce(
    fake: FakeLineProcess,
    db: Awaited<ReturnType<typeof faultDatabase>>['db'],
    residents: string[],
  ) {
    const inbox = await db.selectFrom('inbox_events').select(['status', 'lane']).execute();
    expect(inbox.filter((r) => r.status !== 'done')).toEqual([]);
    const receipts = await fake.receipts();
    for (const r of residents) {
      // One reply call per tap of the walk: none lost, none twice.
      expect(receipts.filter((x) => x.to === r)).toHaveLength(WALK.length);
      expect(inbox.filter((x) => x.lane === `user:${r}`)).toHaveLength(WALK.length);
    }
    const referrals = await sql<{ line_user_id: string; n: number }>`
      SELECT line_user_id, count(*)::int AS n FROM referrals GROUP BY line_user_id`.execute(db);
    expect(referrals.rows.map((r) => r.n)).toEqual(residents.map(() => 1));
  }

  it('two servers share one database; one is killed mid-run and restarted: nothing acknowledged is lost or done twice', async () => {
    const database = await faultDatabase();
    cleanups.push(() => database.drop());
    const fake = await startFakeLine();
    cleanups.push(() => fake.stop());
    const env = { DATABASE_URL: database.url, LINE_API_BASE_URL: fake.url, INBOX_LEASE_MS: '1500' };
    let a = await startServer(env, await freePort());
    const b = await startServer(env, await freePort());
    cleanups.push(
      () => a.kill(),
      () => b.kill(),
    );

    const residents = Array.from({ length: 10 }, (_, i) => user(i));
    for (let step = 0; step < WALK.length; step++) {
      const tokens = await fake.replyTokens(residents);
      const statuses = await Promise.all(
        residents.map((r, i) => {
          const target = (i + step) % 2 === 0 ? a : b;
          return postEvents(target.url, [walkEvent(step, r, tokens[i] as string)]);
        }),
      );
      expect(statuses.every((s) => s === 200)).toBe(true);
      if (step === 2) {
        // Acknowledged, maybe half handled: the process dies without a chance to finish.
        await a.kill();
        a = await startServer(env, await freePort());
      }
      await sleep(300);
    }
    await settled(database.db, 30_000);
    await expectEachEventAnsweredOnce(fake, database.db, residents);
  }, 60_000);

  it('Postgres going away mid-run: 503 to LINE and /healthz while it is gone; acknowledged events survive', async () => {
    const database = await faultDatabase();
    cleanups.push(() => database.drop());
    const fake = await startFakeLine();
    cleanups.push(() => fake.stop());
    const target = new URL(postgres as string);
    const proxy = new CuttableProxy({ host: target.hostname, port: Number(target.port || 5432) });
    await proxy.start();
    cleanups.push(() => proxy.stop());
    const server = await startServer(
      { DATABASE_URL: proxy.urlFor(database.url), LINE_API_BASE_URL: fake.url },
      await freePort(),
    );
    cleanups.push(() => server.kill());

    const residents = Array.from({ length: 6 }, (_, i) => user(100 + i));
    for (let step = 0; step < WALK.length; step++) {
      const tokens = await fake.replyTokens(residents);
      const events = residents.map((r, i) => walkEvent(step, r, tokens[i] as string));
      if (step === 2) {
        proxy.cut();
        const during = await Promise.all(events.map((e) => postEvents(server.url, [e])));
        expect(server.child.exitCode, server.output.slice(-15).join('\n')).toBeNull();
        expect(during.filter((s) => s < 500)).toEqual([]);
        expect((await fetch(`${server.url}/healthz`)).status).toBe(503);
        proxy.restore();
      }
      // LINE redelivers what was refused; once the database is back each is acknowledged.
      await Promise.all(events.map((e) => deliverUntilAcked(() => server, e)));
      if (step === 1) {
        // Acknowledged just before the outage, handled after it.
        proxy.cut();
        await sleep(500);
        proxy.restore();
      }
      await sleep(300);
    }
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    await settled(database.db, 40_000);
    await expectEachEventAnsweredOnce(fake, database.db, residents);
  }, 90_000);
});

import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { sleep } from '../src/app/retry.ts';
import { CONCERN, DATABASES, residentEvents, textsTo, useHarness, userId } from './support/harness.ts';

/**
 * The processor handles residents in batches (one statement claims, one commits, one records the
 * deliveries); these prove a batch keeps each resident's order, hands the uncommon to the careful
 * path, and survives one resident's failure without touching the others.
 */
describe.each(DATABASES)('residents handled in batches (%s)', (kind) => {
  const harness = useHarness(kind, { manual: true });

  it('answers many residents in one drain, each in the order they wrote', async () => {
    const h = harness();
    const users = Array.from({ length: 12 }, (_, i) => userId(0xba7c00 + i));
    const sent = new Map<string, string[]>();
    const events = users.flatMap((user) => {
      const r = residentEvents(h.fake, user);
      const mine = [r.follow(), r.text(CONCERN), r.postback('offer:yes')];
      sent.set(
        user,
        mine.map((e) => e.replyToken),
      );
      return mine;
    });
    expect((await h.webhook(events)).status).toBe(200);
    await h.settle();
    for (const user of users) {
      expect(h.fake.receipts.filter((r) => r.to === user).map((r) => r.key)).toEqual(sent.get(user));
      expect(h.fake.receipts.filter((r) => r.to === user).every((r) => r.via === 'reply')).toBe(true);
    }
    const pending = await h.db.selectFrom('inbox_lanes').select('lane').execute();
    expect(pending).toEqual([]);
  });

  it('hands a resident over to the careful path at an uncommon event, keeping their order', async () => {
    const h = harness();
    const [user, other] = [userId(0xba7d01), userId(0xba7d02)];
    const r = residentEvents(h.fake, user);
    const o = residentEvents(h.fake, other);
    const mine = [r.text(CONCERN), r.text('データを削除'), r.postback('delete:yes'), r.text('こんにちは')];
    expect((await h.webhook([...mine, o.text(CONCERN)])).status).toBe(200);
    await h.settle();
    expect(h.fake.receipts.filter((x) => x.to === user).map((x) => x.key)).toEqual(
      mine.map((e) => e.replyToken),
    );
    expect(textsTo(h.fake, other).length).toBeGreaterThan(0);
    // The forget ran: the conversation now is the one started by the last message only.
    const events = await h.db
      .selectFrom('inbox_events')
      .select(['status', 'outcome'])
      .where(
        'webhook_event_id',
        'in',
        mine.map((e) => e.webhookEventId),
      )
      .execute();
    expect(events.every((e) => e.status === 'done')).toBe(true);
    const referrals = await h.db
      .selectFrom('referrals')
      .select('id')
      .where('line_user_id', '=', user)
      .execute();
    expect(referrals).toEqual([]);
  });

  it('answers everyone else when one resident’s turn cannot be written, and that resident once it can', async () => {
    const h = harness();
    const bad = userId(0xba7e00);
    const users = [userId(0xba7e01), bad, userId(0xba7e02)];
    // The database refuses any outbox row for this one resident, as a broken row would.
    await sql
      .raw(`
      CREATE FUNCTION refuse_for_test() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.to_user = '${bad}' THEN RAISE EXCEPTION 'refused for the test'; END IF;
        RETURN NEW;
      END $$`)
      .execute(h.db);
    await sql
      .raw(
        'CREATE TRIGGER refuse_for_test BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION refuse_for_test()',
      )
      .execute(h.db);
    try {
      const events = users.map((user) => residentEvents(h.fake, user).text(CONCERN));
      expect((await h.webhook(events)).status).toBe(200);
      await h.services.processor.drain();
      expect(h.logs.some((l) => l.includes('batch_commit_failed'))).toBe(true);
      for (const user of users.filter((u) => u !== bad))
        expect(h.fake.receipts.filter((r) => r.to === user)).toHaveLength(1);
      expect(h.fake.receipts.filter((r) => r.to === bad)).toHaveLength(0);
      const failed = await h.db
        .selectFrom('inbox_events')
        .select(['status', 'attempts'])
        .where('lane', '=', `user:${bad}`)
        .executeTakeFirstOrThrow();
      expect(failed).toEqual({ status: 'pending', attempts: 1 });
    } finally {
      await sql.raw('DROP TRIGGER refuse_for_test ON outbox').execute(h.db);
      await sql.raw('DROP FUNCTION refuse_for_test()').execute(h.db);
    }
    // Its retry waits a second; then it is answered, once.
    await sleep(1_100);
    await h.settle();
    for (const user of users) expect(h.fake.receipts.filter((r) => r.to === user)).toHaveLength(1);
  });

  it('two processes draining while residents keep writing answer each event once, in order', async () => {
    const h = harness();
    const other = await h.anotherProcess();
    const users = Array.from({ length: 24 }, (_, i) => userId(0xba7f00 + i));
    const sent = new Map<string, string[]>(users.map((u) => [u, []]));
    const residents = users.map((u) => residentEvents(h.fake, u));
    let writing = true;
    const drainer = (async () => {
      while (writing) {
        await Promise.all([h.services.processor.drain(), other.processor.drain()]);
        await sleep(1);
      }
    })();
    for (let round = 0; round < 6; round++) {
      const events = residents.map((r, i) => {
        const event = r.postback(round % 2 === 0 ? 'consult' : 'cmd:menu');
        sent.get(users[i] as string)?.push(event.replyToken);
        return event;
      });
      // Each resident's event in its own request, all at once, as LINE may send them.
      const statuses = await Promise.all(events.map((e) => h.webhook([e]).then((r) => r.status)));
      expect(statuses.every((s) => s === 200)).toBe(true);
      await sleep(15);
    }
    writing = false;
    await drainer;
    await h.settle();
    for (const user of users)
      expect(h.fake.receipts.filter((r) => r.to === user).map((r) => r.key)).toEqual(sent.get(user));
  });
});

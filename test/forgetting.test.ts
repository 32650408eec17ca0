import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { runRetention } from '../src/app/retention.ts';
import { parseConfig } from '../src/config.ts';
import {
  CONCERN,
  DATABASES,
  PHONE,
  residentEvents,
  useHarness,
  userId,
  walkToReferral,
} from './support/harness.ts';

const DAY = 86_400_000;

describe.each(DATABASES)('forgetting what residents wrote (%s)', (kind) => {
  const harness = useHarness(kind);

  const rowsMentioning = async (user: string) => {
    const h = harness();
    const { rows } = await sql<{ t: string; n: number }>`
      SELECT 'conversations' AS t, count(*)::int AS n FROM conversations WHERE line_user_id = ${user}
      UNION ALL SELECT 'referrals', count(*)::int FROM referrals WHERE line_user_id = ${user}
      UNION ALL SELECT 'outbox', count(*)::int FROM outbox WHERE to_user = ${user} AND messages IS NOT NULL
      UNION ALL SELECT 'inbox', count(*)::int FROM inbox_events WHERE payload::text LIKE ${`%${user}%`}`.execute(
      h.db,
    );
    return Object.fromEntries(rows.map((r) => [r.t, r.n]));
  };

  it('keeps message text, phone numbers and LINE user ids out of the logs of a full walk', async () => {
    const h = harness();
    const user = userId(801);
    const r = await walkToReferral(h, user, 'phone');
    await h.say([r.text('データを削除')]);
    await h.say([r.postback('delete:yes')]);
    const logs = h.logs.join('\n');
    expect(logs).toContain('referral_created');
    for (const secret of [user, CONCERN, '家賃', PHONE, '09012345678', '1234-5678', '5678']) {
      expect(logs).not.toContain(secret);
    }
  });

  it('"delete my data" erases state, messages and contact details and anonymises the referral', async () => {
    const h = harness();
    const user = userId(802);
    const r = await walkToReferral(h, user, 'phone');
    const before = await h.db
      .selectFrom('referrals')
      .select(['id'])
      .where('line_user_id', '=', user)
      .executeTakeFirstOrThrow();
    await h.say([r.text('データを削除')]);
    await h.say([r.postback('delete:yes')]);

    expect(await rowsMentioning(user)).toEqual({ conversations: 0, referrals: 0, outbox: 0, inbox: 0 });
    const { rows: ids } = await sql<{ inbox: number; outbox: number }>`
      SELECT (SELECT count(*) FROM inbox_events WHERE lane = ${`user:${user}`})::int AS inbox,
             (SELECT count(*) FROM outbox WHERE to_user = ${user})::int AS outbox`.execute(h.db);
    // The confirmation we sent keeps its recipient (never its text) until the retention job runs.
    expect(ids[0]).toEqual({ inbox: 0, outbox: 1 });
    const referral = await h.db
      .selectFrom('referrals')
      .selectAll()
      .where('id', '=', before.id)
      .executeTakeFirstOrThrow();
    expect(referral.line_user_id).toBeNull();
    expect(referral.words).toBeNull();
    expect(referral.contact_details).toEqual({});
    expect(referral.anonymised_at).toBeInstanceOf(Date);
    // Staff still see that a referral was made, to which window, with which consent.
    expect(referral.service_id).toMatch(/^sumida-/);
    expect(referral.consented_at).toBeInstanceOf(Date);
  });

  it(`deletes conversation text after RETENTION_DAYS (default ${parseConfig({}).retentionDays}); unfollow starts the clock; referrals stay`, async () => {
    const h = harness();
    const referred = userId(803);
    const talker = userId(804);
    const leaver = userId(805);
    await walkToReferral(h, referred, 'phone');
    await h.say([residentEvents(h.fake, talker).text('介護のことで相談したい')]);
    const l = residentEvents(h.fake, leaver);
    await h.say([l.text('ひとりで寂しい')]);
    await h.say([l.unfollow()]);

    const retention = (at: number) =>
      runRetention({ store: h.services.store, clock: { now: () => new Date(at) }, log: h.services.log }, 30);

    // Nothing is due within the period.
    expect(await retention(Date.now() + 29 * DAY)).toEqual({ conversations: 0, inboxEvents: 0, outbox: 0 });
    expect((await rowsMentioning(talker)).conversations).toBe(1);

    // The resident who left did so 31 days ago; the one still talking was last heard from 10 days ago.
    await sql`UPDATE conversations SET unfollowed_at = now() - interval '31 days', updated_at = now() - interval '31 days'
              WHERE line_user_id = ${leaver}`.execute(h.db);
    await sql`UPDATE conversations SET updated_at = now() - interval '10 days' WHERE line_user_id = ${talker}`.execute(
      h.db,
    );
    const purged = await retention(Date.now());
    expect(purged.conversations).toBe(1);
    expect((await rowsMentioning(leaver)).conversations).toBe(0);
    expect((await rowsMentioning(talker)).conversations).toBe(1);

    // Thirty-one days on, every conversation and every processed event and message is gone...
    await retention(Date.now() + 31 * DAY);
    const left = await sql<{ conversations: number; inbox: number; outbox: number }>`
      SELECT (SELECT count(*) FROM conversations)::int AS conversations,
             (SELECT count(*) FROM inbox_events WHERE status <> 'pending')::int AS inbox,
             (SELECT count(*) FROM outbox)::int AS outbox`.execute(h.db);
    expect(left.rows[0]).toEqual({ conversations: 0, inbox: 0, outbox: 0 });
    // ...but a referral the resident consented to keeps what staff need.
    const referral = await h.db
      .selectFrom('referrals')
      .select(['words', 'contact_details'])
      .where('line_user_id', '=', referred)
      .executeTakeFirstOrThrow();
    expect(referral.words).toBe(CONCERN);
    expect(referral.contact_details).toEqual({ phone: '09012345678' });
  });
});

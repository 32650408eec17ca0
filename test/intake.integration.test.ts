import { describe, expect, it } from 'vitest';
import {
  createHarness,
  DATABASES,
  residentEvents,
  textsTo,
  useHarness,
  userId,
  walkToReferral,
} from './support/harness.ts';

describe.each(DATABASES)('a resident talks to the bot end to end (%s)', (kind) => {
  const harness = useHarness(kind);

  it('walks the whole intake to a referral row with consent recorded', async () => {
    const h = harness();
    const user = userId(1);
    await walkToReferral(h, user, 'phone');

    const texts = textsTo(h.fake, user);
    const doneText = texts.find((t) => t.startsWith('受け付けました'));
    const code = doneText?.match(/[A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}/)?.[0];
    expect(code).toMatch(/^SMD-/);

    const row = await h.db
      .selectFrom('referrals')
      .selectAll()
      .where('reference_code', '=', code as string)
      .executeTakeFirstOrThrow();
    expect(row.line_user_id).toBe(user);
    expect(row.words).toBe('家賃が払えなくて、仕事もなくなりました');
    expect(row.categories).toEqual(expect.arrayContaining(['livelihood']));
    expect(row.contact_method).toBe('phone');
    expect(row.contact_details).toEqual({ phone: '09012345678' });
    expect(row.consent_text_version).toBe(h.services.flow.consentVersion);
    expect(row.consent_language).toBe('ja');
    expect(row.consented_at).toBeInstanceOf(Date);
    expect(row.status).toBe('new');
    expect(row.service_id).toMatch(/^sumida-/);
  });

  it('creates no referral for a resident who declines consent', async () => {
    const h = harness();
    const user = userId(2);
    const r = residentEvents(h.fake, user);
    await h.say([r.text('介護のことで相談したい')]);
    await h.say([r.postback('offer:yes')]);
    await h.say([r.postback('consent:no')]);
    await h.say([r.postback('contact:line')]);
    const rows = await h.db.selectFrom('referrals').select('id').where('line_user_id', '=', user).execute();
    expect(rows).toHaveLength(0);
    expect(textsTo(h.fake, user).some((t) => t.includes('職員には何も送っていません'))).toBe(true);
  });

  it('ignores a stale consent button tapped from another screen', async () => {
    const h = harness();
    const user = userId(3);
    const r = residentEvents(h.fake, user);
    await h.say([r.text('介護のことで相談したい')]);
    await h.say([r.postback('consent:yes')]);
    await h.say([r.postback('contact:line')]);
    const rows = await h.db.selectFrom('referrals').select('id').where('line_user_id', '=', user).execute();
    expect(rows).toHaveLength(0);
  });

  it('answers a redelivered event once', async () => {
    const h = harness();
    const user = userId(4);
    const r = residentEvents(h.fake, user);
    const event = r.text('こんにちは');
    await h.say([event]);
    const redelivered = { ...event, deliveryContext: { isRedelivery: true } };
    await h.say([redelivered]);
    await h.say([event, event]);
    expect(h.fake.deliveries.filter((d) => d.to === user)).toHaveLength(1);
    const rows = await h.db
      .selectFrom('inbox_events')
      .select('id')
      .where('webhook_event_id', '=', event.webhookEventId)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('handles one resident’s events in timestamp order when they arrive concurrently', async () => {
    const slow = await createHarness(kind, { env: { INBOX_ORDER_WINDOW_MS: '400' } });
    try {
      const user = userId(5);
      const r = residentEvents(slow.fake, user);
      const now = Date.now();
      const first = r.postback('consult');
      first.timestamp = now;
      const second = r.text('お金がなくて困っています', now + 1);
      // The later event is recorded first; the earlier one arrives while it waits in the ordering window.
      expect((await slow.webhook([second])).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 120));
      await Promise.all([slow.webhook([first]), slow.services.processor.drain()]);
      await slow.settle();
      const handled = await slow.db
        .selectFrom('inbox_events')
        .select(['webhook_event_id', 'processed_at'])
        .where('lane', '=', `user:${user}`)
        .orderBy('processed_at')
        .execute();
      // Both are handled (in one batch, so processed_at may be equal); what proves the order is below.
      expect(handled.map((e) => e.webhook_event_id).sort()).toEqual(
        [first.webhookEventId, second.webhookEventId].sort(),
      );
      // consult → the "tell us" prompt; then the text is triaged: the replies follow the same order.
      const texts = textsTo(slow.fake, user);
      expect(texts[0]).toContain('どんなことで困っていますか');
      expect(texts.some((t) => t.includes('こちらの窓口で相談できます'))).toBe(true);
    } finally {
      await slow.close();
    }
  });

  it('rejects a bad signature with 401 and records nothing', async () => {
    const h = harness();
    const user = userId(6);
    const r = residentEvents(h.fake, user);
    const event = r.text('hello');
    const before = await h.db.selectFrom('inbox_events').select('id').execute();
    const response = await h.webhook([event], { signature: 'GhRKmvmHys4Pi8DxkF4+EayaH0OqtJtaZxgTD9fMDLs=' });
    expect(response.status).toBe(401);
    const missing = await h.webhook([event], { signature: null });
    expect(missing.status).toBe(401);
    const after = await h.db.selectFrom('inbox_events').select('id').execute();
    expect(after).toHaveLength(before.length);
  });
});

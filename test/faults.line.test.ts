import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLineMessenger } from '../src/adapters/line/client.ts';
import { type DeliveryServices, deliver } from '../src/app/deliver.ts';
import { sleep } from '../src/app/retry.ts';
import { createHarness, DATABASES, type Harness, residentEvents, userId } from './support/harness.ts';

// LINE that accepts a call but answers too late (our side times out), and LINE that delivers the
// same event ten times. Either way the resident sees each message once.

describe.each(DATABASES)('LINE timeouts and redeliveries (%s)', (kind) => {
  let h: Harness;
  const slow: string[] = [];
  let n = 0;

  beforeAll(async () => {
    h = await createHarness(kind, { manual: true });
    const original = h.fake.app.fetch;
    h.fake.app.fetch = async (request, env, ctx) => {
      const path = new URL(request.url).pathname;
      const late = slow.findIndex((p) => path.endsWith(p));
      const response = await original(request, env, ctx);
      if (late >= 0) {
        slow.splice(late, 1);
        // LINE has done the work; its answer arrives after our client gave up.
        await sleep(300);
      }
      return response;
    };
  });
  afterAll(async () => {
    await h?.close();
  });

  function services(): DeliveryServices {
    return {
      store: h.services.store,
      messenger: createLineMessenger({
        channelAccessToken: 'test-access-token',
        baseURL: h.services.config.line.apiBaseUrl,
        timeoutMs: 100,
      }),
      clock: { now: () => new Date() },
      log: h.services.log,
      retry: { attempts: 4, baseMs: 1, sleep },
    };
  }

  async function queued(withToken: boolean) {
    const to = userId(0xfa0000 + ++n);
    const message = await h.services.store.atomically((tx) =>
      tx.enqueue({
        to,
        replyToken: withToken ? h.fake.issueReplyToken(to) : null,
        eventAt: new Date(),
        messages: [{ type: 'text', text: `お知らせ ${n}` }],
      }),
    );
    return { to, message };
  }

  const status = (id: string) =>
    h.db.selectFrom('outbox').select(['status', 'sent_via']).where('id', '=', id).executeTakeFirstOrThrow();

  it('retries a push that timed out with the same X-Line-Retry-Key: LINE answers 409, sent once', async () => {
    const { to, message } = await queued(false);
    slow.push('/message/push');
    await deliver(services(), message);
    expect(h.fake.messagesTo(to)).toHaveLength(1);
    expect(await status(message.id)).toEqual({ status: 'sent', sent_via: 'push' });
  });

  it('takes a reply that timed out and whose token LINE then calls used as sent, not as a reason to push', async () => {
    const { to, message } = await queued(true);
    slow.push('/message/reply');
    await deliver(services(), message);
    expect(h.fake.messagesTo(to)).toHaveLength(1);
    expect(h.fake.deliveries.filter((d) => d.to === to).map((d) => d.via)).toEqual(['reply']);
    expect(await status(message.id)).toEqual({ status: 'sent', sent_via: 'reply' });
  });

  it('records and answers an event delivered ten times, at once and again later, once', async () => {
    const user = userId(0xfa1000);
    const r = residentEvents(h.fake, user);
    const walk = [r.follow(), r.text('家賃が払えません'), r.postback('offer:yes'), r.postback('consent:yes')];
    walk.push(r.postback('contact:line'));
    for (const event of walk) {
      const copies = Array.from({ length: 10 }, (_, i) => ({
        ...event,
        deliveryContext: { isRedelivery: i > 0 },
      }));
      const statuses = await Promise.all(copies.slice(0, 5).map((copy) => h.webhook([copy])));
      expect(statuses.map((s) => s.status)).toEqual([200, 200, 200, 200, 200]);
      await h.settle();
      expect((await h.webhook(copies.slice(5))).status).toBe(200);
      await h.settle();
    }
    const rows = await h.db
      .selectFrom('inbox_events')
      .select('webhook_event_id')
      .where('lane', '=', `user:${user}`)
      .execute();
    expect(rows).toHaveLength(walk.length);
    expect(h.fake.deliveries.filter((d) => d.to === user)).toHaveLength(walk.length);
    const referrals = await h.db
      .selectFrom('referrals')
      .select('id')
      .where('line_user_id', '=', user)
      .execute();
    expect(referrals).toHaveLength(1);
  });
});

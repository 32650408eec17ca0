import { beforeAll, describe, expect, it } from 'vitest';
import {
  DATABASES,
  type Harness,
  residentEvents,
  textsTo,
  useHarness,
  userId,
} from '../../test/support/harness.ts';
import { createLineMessenger } from '../adapters/line/client.ts';
import type { FakeLine } from '../adapters/line/fake-line.ts';
import { type DeliveryServices, deliver } from './deliver.ts';
import type { Clock, OutboxMessage } from './ports.ts';
import { sleep } from './retry.ts';

interface WireCall {
  path: string;
  status: number;
  retryKey: string | null;
}

/**
 * Watches the calls reaching the fake LINE (headers included) and can lose LINE's answer to a call
 * LINE did accept, as a timeout on the way back would.
 */
function tap(fake: FakeLine) {
  const calls: WireCall[] = [];
  const losing: string[] = [];
  const original = fake.app.fetch;
  fake.app.fetch = async (request, env, ctx) => {
    const response = await original(request, env, ctx);
    const path = new URL(request.url).pathname;
    calls.push({ path, status: response.status, retryKey: request.headers.get('x-line-retry-key') });
    const lost = losing.findIndex((p) => path.endsWith(p));
    if (lost >= 0 && response.ok) {
      losing.splice(lost, 1);
      return Response.json({ message: 'upstream timed out' }, { status: 504 });
    }
    return response;
  };
  return {
    calls,
    to: (suffix: string) => calls.filter((c) => c.path.endsWith(suffix)),
    loseNextAnswer: (path: string) => losing.push(path),
  };
}

describe.each(DATABASES)('delivering outbox rows to LINE (%s)', (kind) => {
  const harness = useHarness(kind, { manual: true });
  let h: Harness;
  let wire: ReturnType<typeof tap>;
  let n = 0;

  beforeAll(() => {
    h = harness();
    wire = tap(h.fake);
  });

  function services(clock: Clock = { now: () => new Date() }): DeliveryServices {
    return {
      store: h.services.store,
      messenger: createLineMessenger({
        channelAccessToken: 'test-access-token',
        baseURL: h.services.config.line.apiBaseUrl,
      }),
      clock,
      log: h.services.log,
      retry: { attempts: 4, baseMs: 1, sleep },
    };
  }

  /** A resident and an outbox row for them, with a reply token LINE issued (or none). */
  async function queued(options: { token?: boolean; eventAt?: Date } = {}) {
    const to = userId(0xde1000 + ++n);
    const replyToken = options.token === false ? null : h.fake.issueReplyToken(to);
    const message = await h.services.store.atomically((tx) =>
      tx.enqueue({
        to,
        replyToken,
        eventAt: options.eventAt ?? new Date(),
        messages: [{ type: 'text', text: `お知らせ ${n}` }],
      }),
    );
    return { to, message };
  }

  const row = (id: string) =>
    h.db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  /** Uses up a reply token as an earlier answer would have. */
  async function spend(replyToken: string) {
    const response = await h.fake.app.request('/v2/bot/message/reply', {
      method: 'POST',
      headers: { authorization: 'Bearer x', 'content-type': 'application/json' },
      body: JSON.stringify({ replyToken, messages: [{ type: 'text', text: 'earlier' }] }),
    });
    expect(response.status).toBe(200);
  }

  const deliveriesTo = (to: string) => h.fake.deliveries.filter((d) => d.to === to);

  it('replies with a fresh token and keeps no copy of what was said', async () => {
    const { to, message } = await queued();
    await deliver(services(), message);
    expect(deliveriesTo(to)).toEqual([{ to, via: 'reply', messages: 1 }]);
    expect(wire.to('/message/reply').at(-1)?.retryKey).toBeNull();
    const sent = await row(message.id);
    expect(sent.status).toBe('sent');
    expect(sent.sent_via).toBe('reply');
    expect(sent.messages).toBeNull();
  });

  it('pushes with X-Line-Retry-Key = the outbox id when the reply token was already used', async () => {
    const { to, message } = await queued();
    await spend(message.replyToken as string);
    const before = h.fake.messagesTo(to).length;
    await deliver(services(), message);
    expect(wire.to('/message/reply').at(-1)?.status).toBe(400);
    const pushes = wire.to('/message/push');
    expect(pushes.at(-1)).toEqual({ path: '/v2/bot/message/push', status: 200, retryKey: message.id });
    expect(
      h.fake
        .messagesTo(to)
        .slice(before)
        .map((m) => m.via),
    ).toEqual(['push']);
    const sent = await row(message.id);
    expect(sent).toMatchObject({ status: 'sent', sent_via: 'push', messages: null });
  });

  it('pushes straight away when the token is past its minute, without spending a reply call', async () => {
    const { to, message } = await queued({ eventAt: new Date(Date.now() - 61_000) });
    const replies = wire.to('/message/reply').length;
    await deliver(services(), message);
    expect(wire.to('/message/reply')).toHaveLength(replies);
    expect(wire.to('/message/push').at(-1)?.retryKey).toBe(message.id);
    expect(deliveriesTo(to)).toEqual([{ to, via: 'push', messages: 1 }]);
  });

  it('pushes when LINE finds the token expired though our clock thought it fresh', async () => {
    const { to, message } = await queued();
    const late: Clock = { now: () => new Date(message.eventAt.getTime() + 10_000) };
    await spend(message.replyToken as string);
    await deliver(services(late), message);
    expect(wire.to('/message/reply').at(-1)).toMatchObject({ status: 400, retryKey: null });
    expect(deliveriesTo(to).map((d) => d.via)).toEqual(['reply', 'push']);
    expect(h.fake.messagesTo(to).at(-1)?.message).toEqual(message.messages[0]);
  });

  it('retries a reply through two 500s and delivers it once', async () => {
    const { to, message } = await queued();
    h.fake.failNext('/message/reply', 500, 2);
    await deliver(services(), message);
    expect(
      wire
        .to('/message/reply')
        .slice(-3)
        .map((c) => c.status),
    ).toEqual([500, 500, 200]);
    expect(deliveriesTo(to)).toEqual([{ to, via: 'reply', messages: 1 }]);
    expect((await row(message.id)).status).toBe('sent');
  });

  it('retries a push through two 500s and delivers it once', async () => {
    const { to, message } = await queued({ token: false });
    h.fake.failNext('/message/push', 500, 2);
    await deliver(services(), message);
    const pushes = wire.to('/message/push').slice(-3);
    expect(pushes.map((c) => c.status)).toEqual([500, 500, 200]);
    expect(new Set(pushes.map((c) => c.retryKey))).toEqual(new Set([message.id]));
    expect(deliveriesTo(to)).toEqual([{ to, via: 'push', messages: 1 }]);
  });

  it('retries after a 429', async () => {
    const { to, message } = await queued({ token: false });
    h.fake.failNext('/message/push', 429, 1);
    await deliver(services(), message);
    expect(
      wire
        .to('/message/push')
        .slice(-2)
        .map((c) => c.status),
    ).toEqual([429, 200]);
    expect(deliveriesTo(to)).toHaveLength(1);
    expect((await row(message.id)).status).toBe('sent');
  });

  it('counts a 409 for a repeated retry key as sent, and the resident sees the message once', async () => {
    const { to, message } = await queued({ token: false });
    // LINE accepts the push but the answer is lost; the retry carries the same key and gets 409.
    wire.loseNextAnswer('/message/push');
    await deliver(services(), message);
    const pushes = wire.to('/message/push').slice(-2);
    expect(pushes.map((c) => c.status)).toEqual([200, 409]);
    expect(pushes.map((c) => c.retryKey)).toEqual([message.id, message.id]);
    expect(h.fake.messagesTo(to)).toHaveLength(1);
    expect(await row(message.id)).toMatchObject({ status: 'sent', sent_via: 'push', messages: null });
  });

  it('counts a 409 as sent when the row is delivered again after a crash', async () => {
    const { to, message } = await queued({ token: false });
    await deliver(services(), message);
    // The process died before recording the send: the row is pending again and swept.
    await h.db
      .updateTable('outbox')
      .set({ status: 'pending', sent_at: null, sent_via: null, messages: JSON.stringify(message.messages) })
      .where('id', '=', message.id)
      .execute();
    const [again] = (await h.services.store.unsentMessages(500, new Date(Date.now() + 1_000))).filter(
      (m) => m.id === message.id,
    );
    await deliver(services(), again as OutboxMessage);
    expect(wire.to('/message/push').at(-1)).toMatchObject({ status: 409, retryKey: message.id });
    expect(h.fake.messagesTo(to)).toHaveLength(1);
    expect((await row(message.id)).status).toBe('sent');
  });

  it('does not repeat a reply whose answer was lost', async () => {
    const { to, message } = await queued();
    wire.loseNextAnswer('/message/reply');
    await deliver(services(), message);
    expect(
      wire
        .to('/message/reply')
        .slice(-2)
        .map((c) => c.status),
    ).toEqual([200, 400]);
    expect(h.fake.messagesTo(to)).toHaveLength(1);
    expect(await row(message.id)).toMatchObject({ status: 'sent', sent_via: 'reply' });
  });

  it('never pushes a reply LINE took when the database cannot record it, and records it on the sweep', async () => {
    const { to, message } = await queued();
    const base = services();
    let refuse = true;
    const store = Object.create(base.store) as typeof base.store;
    store.recordDeliveries = async (deliveries, release) => {
      if (refuse) throw new Error('connection terminated');
      return base.store.recordDeliveries(deliveries, release);
    };
    await expect(deliver({ ...base, store }, message)).rejects.toThrow('connection terminated');
    expect(deliveriesTo(to)).toEqual([{ to, via: 'reply', messages: 1 }]);
    expect((await row(message.id)).status).toBe('pending');
    refuse = false;
    await h.services.processor.sweepOutbox(0);
    expect(deliveriesTo(to)).toEqual([{ to, via: 'reply', messages: 1 }]);
    expect(await row(message.id)).toMatchObject({ status: 'sent', sent_via: 'reply' });
  });

  it('keeps a reply LINE could not be reached for, rather than pushing words it may have taken', async () => {
    const { to, message } = await queued();
    h.fake.failNext('/message/reply', 503, 4);
    await deliver(services(), message);
    expect(wire.to('/message/push').filter((c) => c.retryKey === message.id)).toEqual([]);
    expect((await row(message.id)).status).toBe('pending');
    await h.services.processor.sweepOutbox(0);
    expect(deliveriesTo(to)).toEqual([{ to, via: 'reply', messages: 1 }]);
  });

  it('marks a push LINE refuses with 400 undeliverable and stops trying', async () => {
    const { to, message } = await queued({ token: false });
    const before = wire.to('/message/push').length;
    h.fake.failNext('/message/push', 400, 1);
    await deliver(services(), message);
    expect(wire.to('/message/push')).toHaveLength(before + 1);
    expect(await row(message.id)).toMatchObject({
      status: 'undeliverable',
      failure: 'line_400',
      messages: null,
    });
    await h.services.processor.sweepOutbox(0);
    expect(wire.to('/message/push')).toHaveLength(before + 1);
    expect(deliveriesTo(to)).toHaveLength(0);
  });

  it('keeps a message when LINE refuses our access token (401), and sends it once that is fixed', async () => {
    const { to, message } = await queued({ token: false });
    h.fake.failNext('/message/push', 401, 1);
    await deliver(services(), message);
    expect(await row(message.id)).toMatchObject({ status: 'pending' });
    expect(deliveriesTo(to)).toHaveLength(0);
    await h.services.processor.sweepOutbox(0);
    expect(deliveriesTo(to)).toEqual([{ to, via: 'push', messages: 1 }]);
  });

  it('keeps a row pending (and its messages) while LINE keeps failing, then sends it once', async () => {
    const { to, message } = await queued({ token: false });
    h.fake.failNext('/message/push', 503, 4);
    await deliver(services(), message);
    const pending = await row(message.id);
    expect(pending.status).toBe('pending');
    expect(pending.messages).not.toBeNull();
    expect(deliveriesTo(to)).toHaveLength(0);
    await h.services.processor.sweepOutbox(0);
    expect(deliveriesTo(to)).toEqual([{ to, via: 'push', messages: 1 }]);
    expect(await row(message.id)).toMatchObject({ status: 'sent', messages: null });
  });

  it('pushes on the next sweep a message whose reply was refused and whose push failed', async () => {
    const { to, message } = await queued();
    await spend(message.replyToken as string);
    h.fake.failNext('/message/push', 503, 4);
    await deliver(services(), message);
    expect((await row(message.id)).status).toBe('pending');
    // Swept a few seconds later, while the token would still look fresh by our clock.
    await h.services.processor.sweepOutbox(0);
    const pushed = h.fake.messagesTo(to).filter((m) => m.via === 'push');
    expect(pushed.map((m) => m.message)).toEqual(message.messages);
    expect(await row(message.id)).toMatchObject({ status: 'sent', sent_via: 'push' });
  });

  describe('through the webhook', () => {
    it('answers by push, keyed by the outbox id, when the event’s reply token is spent', async () => {
      const user = userId(0xde2000);
      const event = residentEvents(h.fake, user).text('家賃が払えません');
      await spend(event.replyToken);
      await h.say([event]);
      const [outbox] = await h.db.selectFrom('outbox').selectAll().where('to_user', '=', user).execute();
      expect(outbox).toMatchObject({ status: 'sent', sent_via: 'push', messages: null });
      const keys = wire.to('/message/push').map((c) => c.retryKey);
      expect(keys).toContain(outbox?.id);
      // Rent arrears are housing and money at once, so the answer may be the joined-up (compound) one.
      expect(textsTo(h.fake, user).some((t) => t.startsWith('お話ありがとうございます。'))).toBe(true);
      expect(
        h.fake
          .messagesTo(user)
          .filter((m) => m.via === 'reply')
          .map((m) => m.message),
      ).toEqual([{ type: 'text', text: 'earlier' }]);
    });

    it('keeps no copy of any message once the whole conversation is sent', async () => {
      const user = userId(0xde2001);
      const r = residentEvents(h.fake, user);
      await h.webhook([r.follow()]);
      await h.settle();
      await h.webhook([r.text('介護のことで相談したい')]);
      await h.settle();
      const rows = await h.db.selectFrom('outbox').selectAll().where('to_user', '=', user).execute();
      expect(rows.length).toBeGreaterThanOrEqual(2);
      for (const r of rows) expect(r).toMatchObject({ status: 'sent', messages: null });
    });
  });
});

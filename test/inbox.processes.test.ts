import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, DATABASES, type Harness, residentEvents, userId } from './support/harness.ts';

describe.each(DATABASES)('the durable inbox across crashes and processes (%s)', (kind) => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('loses nothing acknowledged when the process dies after the 200: a restart picks it up', async () => {
    h = await createHarness(kind, { manual: true });
    const user = userId(101);
    const r = residentEvents(h.fake, user);
    expect((await h.webhook([r.follow()])).status).toBe(200);
    expect((await h.webhook([r.text('生活費が足りなくて困っています')])).status).toBe(200);
    // The first process never processes (it "crashed" right after answering LINE).
    expect(h.fake.messagesTo(user)).toHaveLength(0);
    expect(await h.services.store.inbox.countPending()).toBe(2);

    const restarted = await h.anotherProcess();
    await restarted.processor.drain();
    expect(await restarted.store.inbox.countPending()).toBe(0);
    const texts = h.fake.messagesTo(user).map((m) => (m.message as { text?: string }).text ?? '');
    expect(texts[0]).toContain('友だち追加ありがとうございます');
    expect(texts.some((t) => t.includes('こちらの窓口で相談できます'))).toBe(true);
  });

  it('two processes draining one database handle each resident once, in order', async () => {
    h = await createHarness(kind, { manual: true });
    const residents = Array.from({ length: 8 }, (_, i) => userId(200 + i));
    const start = Date.now();
    const sent: { user: string; id: string; ts: number; token: string }[] = [];
    const events = residents.flatMap((user) => {
      const r = residentEvents(h?.fake as Harness['fake'], user);
      return ['consult', 'cmd:menu', 'consult', 'cmd:menu', 'places', 'cmd:menu'].map((data, i) => {
        const event = r.postback(data);
        event.timestamp = start + i;
        sent.push({ user, id: event.webhookEventId, ts: event.timestamp, token: event.replyToken });
        return event;
      });
    });
    // Shuffled and in several requests, as LINE may deliver them.
    const shuffled = [...events].sort(() => Math.random() - 0.5);
    for (let i = 0; i < shuffled.length; i += 7) {
      expect((await h.webhook(shuffled.slice(i, i + 7))).status).toBe(200);
    }
    const other = await h.anotherProcess();
    for (let round = 0; round < 20 && (await h.services.store.inbox.countPending()) > 0; round++) {
      await Promise.all([h.services.processor.drain(), other.processor.drain()]);
    }
    expect(await h.services.store.inbox.countPending()).toBe(0);

    const rows = await h.db
      .selectFrom('inbox_events')
      .select(['webhook_event_id', 'lane', 'status'])
      .execute();
    expect(rows.every((r) => r.status === 'done')).toBe(true);
    for (const user of residents) {
      const mine = sent.filter((s) => s.user === user).sort((a, b) => a.ts - b.ts);
      const recorded = rows.filter((r) => r.lane === `user:${user}`).map((r) => r.webhook_event_id);
      expect(recorded.sort()).toEqual(mine.map((s) => s.id).sort());
      // The resident got the answers in the order they tapped: each event answered once, with its token.
      const answered = h.fake.receipts.filter((r) => r.to === user).map((r) => r.key);
      expect(answered).toEqual(mine.map((s) => s.token));
    }
    const lanes = await h.db.selectFrom('inbox_lanes').select('lane').execute();
    expect(lanes).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import { batchedInbox } from './batched-inbox.ts';
import type { Inbox, NewInboxEvent } from './ports.ts';

const event = (id: string): NewInboxEvent => ({
  webhookEventId: id,
  lane: `user:${id}`,
  eventType: 'message',
  eventTs: 1,
  payload: {},
});

/** An inbox that records each statement it would run and can be told to fail. */
function recordingInbox() {
  const stored = new Set<string>();
  const statements: string[][] = [];
  let failNext = false;
  const inbox = {
    async add(events: NewInboxEvent[]) {
      statements.push(events.map((e) => e.webhookEventId));
      await new Promise((r) => setTimeout(r, 5));
      if (failNext) {
        failNext = false;
        throw new Error('database unavailable');
      }
      const added = [...new Set(events.map((e) => e.webhookEventId))].filter((id) => !stored.has(id));
      for (const id of added) stored.add(id);
      return added;
    },
  } as Pick<Inbox, 'add'> as Inbox;
  return { inbox, stored, statements, fail: () => (failNext = true) };
}

describe('recording concurrent webhooks together', () => {
  it('writes the events of concurrent calls in one statement and tells each caller which of its own were new', async () => {
    const r = recordingInbox();
    const inbox = batchedInbox(r.inbox);
    await inbox.add([event('a')]);
    const [first, second, third] = await Promise.all([
      inbox.add([event('b'), event('c')]),
      inbox.add([event('a'), event('d')]),
      inbox.add([event('b')]),
    ]);
    expect(r.statements).toEqual([['a'], ['b', 'c', 'a', 'd', 'b']]);
    expect(first).toEqual(['b', 'c']);
    expect(second).toEqual(['d']);
    // The same event in two deliveries at once: recorded once (both callers may answer 200).
    expect(third).toEqual(['b']);
    expect([...r.stored].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('fails every caller of a failed statement, so each webhook answers 5xx and LINE redelivers', async () => {
    const r = recordingInbox();
    const inbox = batchedInbox(r.inbox);
    r.fail();
    const results = await Promise.allSettled([inbox.add([event('x')]), inbox.add([event('y')])]);
    expect(results.map((x) => x.status)).toEqual(['rejected', 'rejected']);
    expect(r.stored.size).toBe(0);
    expect(await inbox.add([event('x')])).toEqual(['x']);
  });

  it('keeps each statement under the size limit, and no more statements in flight than allowed', async () => {
    const r = recordingInbox();
    const inbox = batchedInbox(r.inbox, { maxEvents: 3, inFlight: 1 });
    const calls = Array.from({ length: 7 }, (_, i) => inbox.add([event(`e${i}`)]));
    expect(await Promise.all(calls)).toEqual(Array.from({ length: 7 }, (_, i) => [`e${i}`]));
    expect(r.statements.map((s) => s.length)).toEqual([3, 3, 1]);
  });
});

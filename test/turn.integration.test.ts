import { describe, expect, it } from 'vitest';
import { laneOf } from '../src/app/lanes.ts';
import type { Turn } from '../src/app/ports.ts';
import type { ConversationState } from '../src/core/flow/schema.ts';
import type { NewReferral } from '../src/core/referral/referral.ts';
import { DATABASES, type Harness, useHarness, userId } from './support/harness.ts';

// Text JSON escapes: quotes, a backslash, a line break, an astral character.
const AWKWARD = 'ｱ 😀 "quoted" \\ \n end';

const state = (stepId: string): ConversationState => ({
  flowId: 'intake',
  flowVersion: 3,
  stepId,
  locale: 'ja',
  data: { concern: AWKWARD, phone: '09012345678', nested: { n: 1, list: [true, null] } },
});

const referral = (referenceCode: string): NewReferral => ({
  referenceCode,
  categories: ['livelihood', 'housing'],
  words: AWKWARD,
  triage: { scores: { livelihood: 0.8 }, note: AWKWARD },
  serviceId: 'sumida-seikatsu',
  coordinatorServiceId: 'sumida-coordinator',
  compound: true,
  crisis: null,
  contactMethod: 'phone',
  contactDetails: { phone: '09012345678' },
  consent: { textVersion: 'v1', language: 'ja', at: new Date('2026-11-22T10:00:00Z') },
  locale: 'ja',
});

async function recordEvent(h: Harness, user: string, webhookEventId: string): Promise<string> {
  const lane = laneOf(user);
  await h.services.store.inbox.add([
    { webhookEventId, lane, eventType: 'message', eventTs: Date.now(), payload: { user, text: AWKWARD } },
  ]);
  const row = await h.db
    .selectFrom('inbox_events')
    .select('id')
    .where('webhook_event_id', '=', webhookEventId)
    .executeTakeFirstOrThrow();
  return row.id;
}

function turnFor(user: string, inboxId: string, code: string | null): Turn {
  const eventAt = new Date('2026-11-22T10:00:01Z');
  return {
    inboxId,
    note: 'text',
    lineUserId: user,
    state: state('done'),
    referral: code ? referral(code) : null,
    outbox: [
      { to: user, replyToken: `token-${user}`, eventAt, messages: [{ type: 'text', text: AWKWARD }] },
      { to: user, replyToken: `token-${user}`, eventAt, messages: [{ type: 'text', text: 'second' }] },
    ],
  };
}

/** What saveConversation, createReferral, enqueue and finishEvent do today, in a transaction. */
async function inTransaction(h: Harness, turn: Turn) {
  return h.services.store.atomically(async (tx) => {
    const conversation = await tx.saveConversation(turn.lineUserId, turn.state);
    const referral = turn.referral
      ? await tx.createReferral(turn.lineUserId, conversation.id, turn.referral)
      : null;
    const queued = [];
    for (const message of turn.outbox) queued.push(await tx.enqueue(message));
    await tx.finishEvent(turn.inboxId, 'done', turn.note);
    return { conversationId: conversation.id, referralId: referral?.id ?? null, queued };
  });
}

/** Every column a turn writes, without what differs by nature (ids, the user, clock readings). */
async function rowsOf(h: Harness, user: string, inboxId: string) {
  const conversations = await h.db
    .selectFrom('conversations')
    .selectAll()
    .where('line_user_id', '=', user)
    .execute();
  const referrals = await h.db.selectFrom('referrals').selectAll().where('line_user_id', '=', user).execute();
  const outbox = await h.db
    .selectFrom('outbox')
    .selectAll()
    .where('to_user', '=', user)
    .orderBy('reply_token')
    .orderBy('messages')
    .execute();
  const inbox = await h.db.selectFrom('inbox_events').selectAll().where('id', '=', inboxId).execute();
  const strip = <T extends object>(row: T, keys: string[]) =>
    Object.fromEntries(Object.entries(row).filter(([k]) => !keys.includes(k)));
  const clock = ['created_at', 'updated_at', 'processed_at', 'received_at', 'not_before', 'event_ts'];
  return {
    conversations: conversations.map((r) => strip(r, ['id', 'line_user_id', ...clock])),
    referrals: referrals.map((r) =>
      strip(r, ['id', 'line_user_id', 'conversation_id', 'reference_code', 'queue_rank', ...clock]),
    ),
    outbox: outbox.map((r) =>
      strip({ ...r, reply_token: r.reply_token?.replace(user, 'u') }, ['id', 'to_user', ...clock]),
    ),
    inbox: inbox.map((r) => strip(r, ['id', 'webhook_event_id', 'lane', ...clock])),
    clocks: {
      updatedAt: conversations.every((r) => r.updated_at instanceof Date),
      processedAt: inbox.every((r) => r.processed_at instanceof Date),
    },
    links: referrals.every((r) => r.conversation_id === conversations[0]?.id),
  };
}

describe.each(DATABASES)('a turn committed in one statement (%s)', (kind) => {
  const harness = useHarness(kind, { manual: true });

  for (const [name, withReferral] of [
    ['replies only', false],
    ['replies and a referral', true],
  ] as const) {
    it(`writes the rows the transaction writes: ${name}`, async () => {
      const h = harness();
      const [a, b] = withReferral ? [userId(901), userId(902)] : [userId(903), userId(904)];
      const codes = withReferral ? ['SMD-TURN-000A', 'SMD-TURN-000B'] : [null, null];
      for (const [user, code, commit] of [
        [a, codes[0], (t: Turn) => inTransaction(h, t)],
        [b, codes[1], async (t: Turn) => (await h.services.store.commitTurns([t]))[0]],
      ] as const) {
        // Twice: the first turn inserts the conversation, the second updates it.
        const first = await recordEvent(h, user, `first-${user}`);
        await commit({ ...turnFor(user, first, null), state: state('start') });
        const second = await recordEvent(h, user, `second-${user}`);
        await commit(turnFor(user, second, code ?? null));
      }
      const inbox = async (user: string) =>
        h.db
          .selectFrom('inbox_events')
          .select('id')
          .where('webhook_event_id', '=', `second-${user}`)
          .executeTakeFirstOrThrow();
      const expected = await rowsOf(h, a, (await inbox(a)).id);
      const actual = await rowsOf(h, b, (await inbox(b)).id);
      expect(actual).toEqual(expected);
      expect(actual.conversations).toHaveLength(1);
      expect(actual.referrals).toHaveLength(withReferral ? 1 : 0);
      expect(actual.outbox).toHaveLength(4);
      expect(actual.inbox).toEqual([
        expect.objectContaining({ status: 'done', outcome: 'text', payload: null }),
      ]);
      expect(actual.clocks).toEqual({ updatedAt: true, processedAt: true });
      expect(actual.links).toBe(true);
    });
  }

  it('returns the same outbox messages and ids as the transaction', async () => {
    const h = harness();
    const [a, b] = [userId(905), userId(906)];
    const viaTx = await inTransaction(h, turnFor(a, await recordEvent(h, a, `only-${a}`), 'SMD-TURN-000C'));
    const [viaTurn] = await h.services.store.commitTurns([
      turnFor(b, await recordEvent(h, b, `only-${b}`), 'SMD-TURN-000D'),
    ]);
    if (!viaTurn) throw new Error('no turn committed');
    const strip = (m: { id: string; to: string; replyToken: string | null }) => ({
      ...m,
      id: typeof m.id,
      to: 'u',
      replyToken: m.replyToken?.replace(m.to, 'u'),
    });
    expect(viaTurn.queued.map(strip)).toEqual(viaTx.queued.map(strip));
    expect(viaTurn.queued.map((m) => Object.keys(m))).toEqual(viaTx.queued.map((m) => Object.keys(m)));
    const stored = await h.db.selectFrom('outbox').select('id').where('to_user', '=', b).execute();
    expect(stored.map((r) => r.id).sort()).toEqual(viaTurn.queued.map((m) => m.id).sort());
    const conversation = await h.db
      .selectFrom('conversations')
      .select('id')
      .where('line_user_id', '=', b)
      .executeTakeFirstOrThrow();
    expect(viaTurn.conversationId).toBe(conversation.id);
    const created = await h.db
      .selectFrom('referrals')
      .select(['id', 'conversation_id'])
      .where('reference_code', '=', 'SMD-TURN-000D')
      .executeTakeFirstOrThrow();
    expect(created).toEqual({ id: viaTurn.referralId, conversation_id: conversation.id });
  });

  it('writes nothing when part of the statement fails (a reference code already taken)', async () => {
    const h = harness();
    const [a, b] = [userId(907), userId(908)];
    await h.services.store.commitTurns([turnFor(a, await recordEvent(h, a, `taken-${a}`), 'SMD-TURN-000E')]);
    const inboxId = await recordEvent(h, b, `clash-${b}`);
    await expect(h.services.store.commitTurns([turnFor(b, inboxId, 'SMD-TURN-000E')])).rejects.toThrow();
    const conversations = await h.db
      .selectFrom('conversations')
      .select('id')
      .where('line_user_id', '=', b)
      .execute();
    const referrals = await h.db.selectFrom('referrals').select('id').where('line_user_id', '=', b).execute();
    const outbox = await h.db.selectFrom('outbox').select('id').where('to_user', '=', b).execute();
    const event = await h.db
      .selectFrom('inbox_events')
      .select(['status', 'outcome', 'processed_at', 'payload'])
      .where('id', '=', inboxId)
      .executeTakeFirstOrThrow();
    expect({ conversations, referrals, outbox }).toEqual({ conversations: [], referrals: [], outbox: [] });
    expect(event).toEqual({
      status: 'pending',
      outcome: null,
      processed_at: null,
      payload: { user: b, text: expect.any(String) },
    });
  });
});

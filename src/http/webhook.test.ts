import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createHarness,
  DATABASES,
  FRONTS,
  type Harness,
  quickRepliesOf,
  residentEvents,
  SECRET,
  userId,
} from '../../test/support/harness.ts';
import { signBody } from '../adapters/line/signature.ts';

const LIMIT = 4_096;

async function errorShape(response: Response): Promise<{ error: string; reason: string }> {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as Record<string, unknown>;
  expect(Object.keys(body).sort()).toEqual(['error', 'reason']);
  expect(typeof body.error).toBe('string');
  expect(typeof body.reason).toBe('string');
  return body as { error: string; reason: string };
}

let ids = 0;
/** A LINE event of any shape: a fresh webhookEventId, a time, a resident source unless given. */
function event(type: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type,
    mode: 'active',
    timestamp: Date.now(),
    webhookEventId: `01WEBHOOK${String(++ids).padStart(17, '0')}`,
    deliveryContext: { isRedelivery: false },
    source: { type: 'user', userId: userId(9000 + ids) },
    ...extra,
  };
}

// Both fronts: the Hono route (Workers, the simulator) and the Node server's own listener.
const CASES = DATABASES.flatMap((kind) => FRONTS.map((front) => [kind, front] as const));

describe.each(CASES)('POST /webhook (%s, %s front)', (kind, front) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(kind, { manual: true, front, env: { WEBHOOK_MAX_BYTES: String(LIMIT) } });
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    await h.settle();
  });

  const inboxRows = () =>
    h.db.selectFrom('inbox_events').select(['webhook_event_id', 'status', 'outcome', 'lane']).execute();
  const rowOf = (id: unknown) =>
    h.db
      .selectFrom('inbox_events')
      .select(['status', 'outcome'])
      .where('webhook_event_id', '=', String(id))
      .executeTakeFirstOrThrow();

  describe('the envelope', () => {
    it('answers the console’s Verify (no events) with 200 and stores nothing', async () => {
      const before = (await inboxRows()).length;
      const response = await h.webhook([]);
      expect(response.status).toBe(200);
      expect((await inboxRows()).length).toBe(before);
    });

    it.each([
      ['missing', null],
      ['wrong', 'GhRKmvmHys4Pi8DxkF4+EayaH0OqtJtaZxgTD9fMDLs='],
      ['garbage', 'not-base64!'],
    ])('answers a %s signature with 401 and stores nothing', async (_, signature) => {
      const before = (await inboxRows()).length;
      const response = await h.webhook([event('follow', { replyToken: 'r' })], { signature });
      expect(response.status).toBe(401);
      expect((await errorShape(response)).error).toBe('bad_signature');
      expect((await inboxRows()).length).toBe(before);
    });

    it('answers 401 for a signature made over a different body', async () => {
      const signature = await signBody(SECRET, JSON.stringify({ destination: 'Ubot', events: [] }));
      const response = await h.webhook([event('follow', { replyToken: 'r' })], { signature });
      expect(response.status).toBe(401);
    });

    it('answers a body over WEBHOOK_MAX_BYTES with 413, signed or not', async () => {
      const before = (await inboxRows()).length;
      const text = 'あ'.repeat(LIMIT);
      const body = JSON.stringify({ destination: 'Ubot', events: [event('message', { message: { text } })] });
      const signed = await h.webhook([], { body });
      expect(signed.status).toBe(413);
      expect((await errorShape(signed)).error).toBe('payload_too_large');
      const unsigned = await h.webhook([], { body, signature: null });
      expect(unsigned.status).toBe(413);
      expect((await inboxRows()).length).toBe(before);
    });

    it('answers a body just under the limit normally', async () => {
      const padding = 'x'.repeat(LIMIT - 200);
      const body = JSON.stringify({ destination: 'Ubot', events: [], padding });
      expect(new TextEncoder().encode(body).length).toBeLessThan(LIMIT);
      expect((await h.webhook([], { body })).status).toBe(200);
    });

    it('checks a declared Content-Length (as LINE sends one) as well as a streamed body', async () => {
      const declared = async (body: string) =>
        h.request('/webhook', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': String(new TextEncoder().encode(body).length),
            'x-line-signature': await signBody(SECRET, body),
          },
          body,
        });
      const before = (await inboxRows()).length;
      const over = JSON.stringify({
        destination: 'Ubot',
        events: [event('follow')],
        padding: 'x'.repeat(LIMIT),
      });
      const tooLarge = await declared(over);
      expect(tooLarge.status).toBe(413);
      expect((await errorShape(tooLarge)).error).toBe('payload_too_large');
      expect((await inboxRows()).length).toBe(before);
      const fine = await declared(
        JSON.stringify({ destination: 'Ubot', events: [event('follow', { replyToken: 'r' })] }),
      );
      expect(fine.status).toBe(200);
      expect((await inboxRows()).length).toBe(before + 1);
    });

    it.each([
      ['malformed JSON', '{"destination":"Ubot","events":[', 'malformed_json'],
      ['an empty body', '', 'malformed_json'],
      ['JSON without events', '{"destination":"Ubot"}', 'invalid_body'],
      ['events that are not a list', '{"destination":"Ubot","events":{}}', 'invalid_body'],
      ['a JSON array', '[]', 'invalid_body'],
      ['JSON null', 'null', 'invalid_body'],
    ])('answers a good signature over %s with 400', async (_, body, error) => {
      const response = await h.webhook([], { body });
      expect(response.status).toBe(400);
      expect((await errorShape(response)).error).toBe(error);
    });

    it('records the readable events of a request and skips one without webhookEventId', async () => {
      const good1 = event('follow', { replyToken: 'r1' });
      const good2 = event('unfollow');
      const { webhookEventId: _, ...noId } = event('follow', { replyToken: 'r3' });
      const noTime: Record<string, unknown> = { ...event('follow'), timestamp: 'yesterday' };
      const before = (await inboxRows()).length;
      const response = await h.webhook([good1, noId, 'not an event', null, noTime, good2]);
      expect(response.status).toBe(200);
      const stored = (await inboxRows()).map((r) => r.webhook_event_id);
      expect(stored).toHaveLength(before + 2);
      expect(stored).toContain(good1.webhookEventId);
      expect(stored).toContain(good2.webhookEventId);
      expect(stored).not.toContain(noTime.webhookEventId);
      expect(h.logs.some((l) => l.includes('webhook_events_unreadable'))).toBe(true);
    });

    it('stores an event once however often it is posted', async () => {
      const e = event('unfollow');
      await h.webhook([e, e]);
      await h.webhook([{ ...e, deliveryContext: { isRedelivery: true } }]);
      const rows = (await inboxRows()).filter((r) => r.webhook_event_id === e.webhookEventId);
      expect(rows).toHaveLength(1);
    });
  });

  describe('every kind of event gets an outcome', () => {
    const user = userId(4242);
    const group = { type: 'group', groupId: 'Cgroup0001', userId: user };
    const room = { type: 'room', roomId: 'Rroom0001', userId: user };

    async function outcomes(events: Record<string, unknown>[]) {
      const response = await h.webhook(events);
      expect(response.status).toBe(200);
      await h.settle();
      return Promise.all(events.map((e) => rowOf(e.webhookEventId)));
    }

    it.each([
      [
        'memberJoined',
        event('memberJoined', { source: group, joined: { members: [{ type: 'user', userId: user }] } }),
      ],
      ['beacon', event('beacon', { replyToken: 'x', beacon: { hwid: 'd41d8cd98f', type: 'enter' } })],
      ['an invented type', event('hologram', { hologram: { depth: 3 } })],
      ['unsend', event('unsend', { unsend: { messageId: '325708' } })],
      [
        'a group message',
        event('message', { source: group, replyToken: 'x', message: { type: 'text', id: '1', text: 'hi' } }),
      ],
      [
        'a room message',
        event('message', { source: room, replyToken: 'x', message: { type: 'text', id: '1', text: 'hi' } }),
      ],
      ['join', event('join', { source: group, replyToken: 'x' })],
      ['no source at all', { ...event('message'), source: undefined }],
    ])('%s is skipped and nothing is sent', async (_, e) => {
      const sentBefore = h.fake.all.length;
      const [row] = await outcomes([e]);
      expect(row?.status).toBe('skipped');
      expect(h.fake.all.length).toBe(sentBefore);
    });

    it('sends nothing in standby mode, whatever the event', async () => {
      const standbyUser = userId(4243);
      const r = residentEvents(h.fake, standbyUser);
      const events = [r.follow(), r.text('こんにちは'), r.sticker()].map((e) => ({
        ...e,
        mode: 'standby',
        replyToken: undefined,
      }));
      const rows = await outcomes(events);
      expect(rows.map((row) => row.status)).toEqual(['skipped', 'skipped', 'skipped']);
      expect(h.fake.messagesTo(standbyUser)).toHaveLength(0);
    });

    it.each([
      ['sticker', { type: 'sticker', id: '1', packageId: '446', stickerId: '1988' }],
      ['image', { type: 'image', id: '2', contentProvider: { type: 'line' } }],
      ['video', { type: 'video', id: '3', duration: 1000, contentProvider: { type: 'line' } }],
      ['audio', { type: 'audio', id: '4', duration: 1000, contentProvider: { type: 'line' } }],
      ['file', { type: 'file', id: '5', fileName: 'a.pdf', fileSize: 10 }],
      ['location', { type: 'location', id: '6', latitude: 35.7, longitude: 139.8, address: '墨田区' }],
      ['an invented message type', { type: 'hologram', id: '7' }],
    ])('a %s message is answered kindly, with buttons to go on', async (_, message) => {
      const resident = userId(5000 + ++ids);
      const e = residentEvents(h.fake, resident).text('x');
      const [row] = await outcomes([{ ...e, message }]);
      expect(row?.status).toBe('done');
      const sent = h.fake.messagesTo(resident);
      expect(sent.length).toBeGreaterThan(0);
      expect(sent.every((m) => m.via === 'reply')).toBe(true);
      expect(quickRepliesOf(sent.at(-1)?.message).length).toBeGreaterThan(0);
    });

    it('marks the conversation unfollowed and sends nothing', async () => {
      const resident = userId(4244);
      const r = residentEvents(h.fake, resident);
      await outcomes([r.follow()]);
      const sentBefore = h.fake.messagesTo(resident).length;
      const [row] = await outcomes([r.unfollow()]);
      expect(row?.status).toBe('done');
      expect(h.fake.messagesTo(resident)).toHaveLength(sentBefore);
      const conversation = await h.db
        .selectFrom('conversations')
        .select('unfollowed_at')
        .where('line_user_id', '=', resident)
        .executeTakeFirstOrThrow();
      expect(conversation.unfollowed_at).toBeInstanceOf(Date);
    });

    it('handles an unfollow from someone who never talked to us', async () => {
      const [row] = await outcomes([event('unfollow', { source: { type: 'user', userId: userId(4245) } })]);
      expect(row?.status).toBe('done');
    });
  });

  describe('hostile text', () => {
    // Its own app, so a regression here cannot leave events pending for the other tests.
    let hostile: Harness;
    beforeAll(async () => {
      hostile = await createHarness(kind, { manual: true });
    });
    afterAll(async () => {
      await hostile?.close();
    });

    it.each([
      ['a NUL byte', '家賃が\u0000払えない'],
      ['a lone high surrogate', '助けて\uD83D ください'],
      ['a lone low surrogate', 'お金が\uDE00ない'],
      ['5000 emoji', '😢'.repeat(5000)],
      ['emoji with joiners and flags', '👨‍👩‍👧‍👦🇯🇵 家賃が払えない'],
    ])('stores and answers a text with %s', async (_, text) => {
      const resident = userId(6000 + ++ids);
      const neighbour = userId(7000 + ids);
      const e = residentEvents(hostile.fake, resident).text(text);
      const other = residentEvents(hostile.fake, neighbour).text('こんにちは');
      const response = await hostile.webhook([e, other]);
      expect(response.status).toBe(200);
      await hostile.settle();
      const rows = await hostile.db
        .selectFrom('inbox_events')
        .select(['status'])
        .where('webhook_event_id', 'in', [e.webhookEventId, other.webhookEventId])
        .execute();
      expect(rows.map((r) => r.status)).toEqual(['done', 'done']);
      expect(hostile.fake.messagesTo(resident).length).toBeGreaterThan(0);
      expect(hostile.fake.messagesTo(neighbour).length).toBeGreaterThan(0);
    });

    it('keeps the rest of the words when it replaces what Postgres cannot hold', async () => {
      const resident = userId(6500);
      const r = residentEvents(hostile.fake, resident);
      await hostile.webhook([r.text('家賃が\u0000払え\uD83Dない')]);
      await hostile.settle();
      const conversation = await hostile.db
        .selectFrom('conversations')
        .select('data')
        .where('line_user_id', '=', resident)
        .executeTakeFirstOrThrow();
      const data = (
        typeof conversation.data === 'string' ? JSON.parse(conversation.data) : conversation.data
      ) as {
        words?: string;
      };
      expect(data.words).toBe('家賃が\uFFFD払え\uFFFDない');
    });
  });

  describe('other routes', () => {
    it('GET /healthz answers 200 {ok: true}', async () => {
      const response = await h.request('/healthz');
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true });
    });

    it.each([
      ['GET', '/nowhere'],
      ['GET', '/webhook'],
      ['POST', '/webhook/extra'],
    ])('%s %s answers 404 with the error shape', async (method, path) => {
      const response = await h.request(path, { method });
      expect(response.status).toBe(404);
      expect((await errorShape(response)).error).toBe('not_found');
    });
  });
});

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createHarness,
  FRONTS,
  type Harness,
  residentEvents,
  SECRET,
  userId,
} from '../../test/support/harness.ts';
import { signBody } from '../adapters/line/signature.ts';

// Property-based: whatever arrives at /webhook, the bot neither crashes nor answers 5xx for garbage,
// records nothing that is not signed, and answers every resident's text however odd it is.

const LIMIT = 8_192;
const RUNS = 40;

const inboxCount = async (h: Harness) =>
  Number(
    (
      await h.db
        .selectFrom('inbox_events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function post(h: Harness, body: Uint8Array | string, headers: Record<string, string>) {
  return h.request('/webhook', { method: 'POST', headers, body: body as BodyInit });
}

describe.each(FRONTS)('POST /webhook under fuzzing (pglite, %s front)', (front) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness('pglite', { manual: true, front, env: { WEBHOOK_MAX_BYTES: String(LIMIT) } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses any body without a valid signature, records nothing and never answers 5xx', async () => {
    const before = await inboxCount(h);
    const body = fc.oneof(
      fc.uint8Array({ maxLength: 2_048 }),
      fc.string({ unit: 'binary', maxLength: 2_048 }),
      fc.jsonValue().map((v) => JSON.stringify({ destination: 'U', events: [v] })),
    );
    const signature = fc.option(
      fc.oneof(fc.string({ maxLength: 64 }), fc.base64String({ minLength: 44, maxLength: 44 })),
      { nil: undefined },
    );
    const contentType = fc.constantFrom('application/json', 'text/plain', 'application/octet-stream', '');
    await fc.assert(
      fc.asyncProperty(body, signature, contentType, async (b, sig, type) => {
        const headers: Record<string, string> = type ? { 'content-type': type } : {};
        // Header values must be ByteStrings; anything else never reaches a server over HTTP.
        if (sig !== undefined && /^[\t\x20-\x7e]*$/.test(sig)) headers['x-line-signature'] = sig;
        const response = await post(h, b, headers);
        expect([401, 413]).toContain(response.status);
      }),
      { numRuns: RUNS },
    );
    expect(await inboxCount(h)).toBe(before);
  });

  it('answers signed garbage with 4xx (or 200 for an envelope of unreadable events), never 5xx', async () => {
    const body = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 1_024 }),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      fc
        .array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 5 })
        .map((events) => JSON.stringify({ destination: 'U', events })),
      fc
        .array(
          fc.record({
            type: fc.string(),
            webhookEventId: fc.string({ maxLength: 80 }),
            timestamp: fc.oneof(fc.integer(), fc.double(), fc.string()),
            source: fc.option(fc.record({ type: fc.string(), userId: fc.string() })),
          }),
          { maxLength: 5 },
        )
        .map((events) => JSON.stringify({ destination: 'U', events })),
    );
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const response = await post(h, b, {
          'content-type': 'application/json',
          'x-line-signature': await signBody(SECRET, b),
        });
        expect(response.status).toBeLessThan(500);
        if (new TextEncoder().encode(b).length > LIMIT) expect(response.status).toBe(413);
      }),
      { numRuns: RUNS * 2 },
    );
    // Whatever was recorded is handled without any event failing.
    await h.settle();
    const failed = await h.db
      .selectFrom('inbox_events')
      .select('id')
      .where('status', '=', 'failed')
      .execute();
    expect(failed).toEqual([]);
  });

  it('answers every resident text: odd Unicode, lone surrogates, NUL bytes, emoji, over-long', async () => {
    // Its own app with the default body limit: a 10,000-character text is no reason to refuse.
    const roomy = await createHarness('pglite', { manual: true });
    let n = 0;
    const text = fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 400 }),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }),
      fc.string({
        unit: fc.constantFrom('\u0000', '\uD83D', '\uDE00', '😢', '👨‍👩‍👧', '\u202E', 'あ'),
        minLength: 1,
      }),
      fc.integer({ min: 1, max: 5_000 }).map((k) => '家賃'.repeat(k)),
    );
    await fc
      .assert(
        fc.asyncProperty(text, async (t) => {
          const resident = userId(50_000 + ++n);
          const event = residentEvents(roomy.fake, resident).text(t);
          const response = await roomy.webhook([event]);
          expect(response.status).toBe(200);
          await roomy.settle();
          const row = await roomy.db
            .selectFrom('inbox_events')
            .select(['status'])
            .where('webhook_event_id', '=', event.webhookEventId)
            .executeTakeFirstOrThrow();
          expect(row.status).toBe('done');
          expect(roomy.fake.messagesTo(resident).length).toBeGreaterThan(0);
        }),
        { numRuns: RUNS / 2 },
      )
      .finally(() => roomy.close());
  });
});

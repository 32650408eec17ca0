import type { Context, MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { SignatureCheck } from '../adapters/line/signature.ts';
import { laneOfEvent, RecordableEventSchema, WebhookBodySchema } from '../adapters/line/webhook-body.ts';
import type { Inbox, Logger, NewInboxEvent } from '../app/ports.ts';
import { errorAnswer, type HttpErrorCode, type PlainAnswer, respond } from './errors.ts';

export interface WebhookDeps {
  channelSecret: string;
  verifySignature: SignatureCheck;
  inbox: Inbox;
  log: Logger;
  maxBytes: number;
  /** LINE waits 2 s; past this we answer 503 and let LINE redeliver (the inbox dedupes). */
  ackBudgetMs: number;
  /** Called after events are durably recorded, to start processing them. */
  onRecorded(c: Context): void;
}

function withinBudget<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('inbox write over budget')), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Postgres text and jsonb refuse U+0000 and lone surrogates (valid in JSON): one would refuse the whole batch. */
function storable(text: string): string {
  return text.replaceAll('\u0000', '\uFFFD').replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Only escapes can carry U+0000 or a lone surrogate into JSON text (raw ones are refused by the
 * parser or the decoder), so the reviver runs only when the text has one.
 */
const UNSTORABLE_ESCAPE = /\\u(?:0000|[dD][89a-fA-F])/;

function parseStorable(text: string): unknown {
  return UNSTORABLE_ESCAPE.test(text)
    ? JSON.parse(text, (_, value) => (typeof value === 'string' ? storable(value) : value))
    : JSON.parse(text);
}

/**
 * A declared length is checked before anything is read; only a body without one (chunked) is
 * counted as it streams. (Hono's own limit opens the body as a web stream for every request, which
 * costs the Node adapter its direct read.)
 */
/** The answer to a body over the limit, from either front. */
export const tooLargeAnswer = (maxBytes: number): PlainAnswer =>
  errorAnswer('payload_too_large', `the body is over ${maxBytes} bytes`);

function limitBody(maxBytes: number): MiddlewareHandler {
  const tooLarge = (c: Context) => respond(c, tooLargeAnswer(maxBytes));
  const streamed = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return (c, next) => {
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return streamed(c, next);
    return Number(length) > maxBytes ? Promise.resolve(tooLarge(c)) : next();
  };
}

/** What a webhook request came to: the answer, and whether events were recorded (to process them). */
export interface WebhookOutcome {
  answer: PlainAnswer;
  recorded: boolean;
}

const OK: PlainAnswer = { status: 200, json: {} };

/**
 * A webhook body, whatever front received it: verify the signature on the raw bytes, read the
 * events, record them durably (one statement with concurrent requests' events), answer.
 */
export async function receiveWebhook(
  deps: Omit<WebhookDeps, 'onRecorded'>,
  raw: Uint8Array,
  signature: string | undefined,
): Promise<WebhookOutcome> {
  const refuse = (code: HttpErrorCode, reason: string) => ({
    answer: errorAnswer(code, reason),
    recorded: false,
  });
  if (!(await deps.verifySignature(deps.channelSecret, raw, signature))) {
    return refuse('bad_signature', 'x-line-signature is missing or does not match the body');
  }
  let body: unknown;
  try {
    body = parseStorable(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch {
    return refuse('malformed_json', 'the body is not valid UTF-8 JSON');
  }
  const envelope = WebhookBodySchema.safeParse(body);
  if (!envelope.success) return refuse('invalid_body', 'expected {destination, events: []}');
  const events: NewInboxEvent[] = [];
  let unreadable = 0;
  for (const raw of envelope.data.events) {
    const event = RecordableEventSchema.safeParse(raw);
    if (!event.success) {
      unreadable++;
      continue;
    }
    events.push({
      webhookEventId: event.data.webhookEventId,
      lane: laneOfEvent(event.data),
      eventType: event.data.type,
      eventTs: event.data.timestamp,
      payload: raw,
    });
  }
  if (unreadable > 0) deps.log.warn('webhook_events_unreadable', { count: unreadable });
  if (events.length === 0) return { answer: OK, recorded: false };
  try {
    const added = await withinBudget(deps.inbox.add(events), deps.ackBudgetMs);
    deps.log.info('webhook_recorded', { received: events.length, added: added.length });
  } catch (error) {
    deps.log.error('webhook_record_failed', { error: error instanceof Error ? error.name : 'unknown' });
    return refuse('unavailable', 'could not record the events; LINE will redeliver');
  }
  return { answer: OK, recorded: true };
}

/** POST /webhook: verify, record durably, answer 200, then process. */
export function webhookRoutes(deps: WebhookDeps): Hono {
  const app = new Hono();
  app.post('/', limitBody(deps.maxBytes), async (c) => {
    const raw = new Uint8Array(await c.req.arrayBuffer());
    const { answer, recorded } = await receiveWebhook(deps, raw, c.req.header('x-line-signature'));
    if (recorded) deps.onRecorded(c);
    return respond(c, answer);
  });
  return app;
}

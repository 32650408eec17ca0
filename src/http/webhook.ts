import type { Context } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { SignatureCheck } from '../adapters/line/signature.ts';
import { laneOfEvent, RecordableEventSchema, WebhookBodySchema } from '../adapters/line/webhook-body.ts';
import type { Inbox, Logger, NewInboxEvent } from '../app/ports.ts';
import { errorResponse } from './errors.ts';

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

/** POST /webhook: verify, record durably, answer 200, then process. */
export function webhookRoutes(deps: WebhookDeps): Hono {
  const app = new Hono();
  app.post(
    '/',
    bodyLimit({
      maxSize: deps.maxBytes,
      onError: (c) => errorResponse(c, 'payload_too_large', `the body is over ${deps.maxBytes} bytes`),
    }),
    async (c) => {
      const raw = new Uint8Array(await c.req.arrayBuffer());
      if (!(await deps.verifySignature(deps.channelSecret, raw, c.req.header('x-line-signature')))) {
        return errorResponse(c, 'bad_signature', 'x-line-signature is missing or does not match the body');
      }
      let body: unknown;
      try {
        body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw), (_, value) =>
          typeof value === 'string' ? storable(value) : value,
        );
      } catch {
        return errorResponse(c, 'malformed_json', 'the body is not valid UTF-8 JSON');
      }
      const envelope = WebhookBodySchema.safeParse(body);
      if (!envelope.success) return errorResponse(c, 'invalid_body', 'expected {destination, events: []}');
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
      if (events.length === 0) return c.json({});
      try {
        const added = await withinBudget(deps.inbox.add(events), deps.ackBudgetMs);
        deps.log.info('webhook_recorded', { received: events.length, added: added.length });
      } catch (error) {
        deps.log.error('webhook_record_failed', { error: error instanceof Error ? error.name : 'unknown' });
        return errorResponse(c, 'unavailable', 'could not record the events; LINE will redeliver');
      }
      deps.onRecorded(c);
      return c.json({});
    },
  );
  return app;
}

import type { Clock, Logger, Messenger, OutboxMessage, Store } from './ports.ts';
import { LineApiError } from './ports.ts';
import { type RetryPolicy, withRetry } from './retry.ts';

const RETRY_KEY_LIFE_MS = 23 * 60 * 60 * 1000;

/** A reply token lives a minute; leave room for the call itself. */
const REPLY_TOKEN_LIFE_MS = 55_000;

export interface DeliveryServices {
  store: Store;
  messenger: Messenger;
  clock: Clock;
  log: Logger;
  retry: RetryPolicy;
}

function isInvalidReplyToken(error: unknown): boolean {
  return error instanceof LineApiError && error.status === 400;
}

/**
 * Sends one outbox row: reply while the token is fresh, else push with the row id as
 * X-Line-Retry-Key so a repeated push is harmless.
 */
export async function deliver(s: DeliveryServices, message: OutboxMessage): Promise<void> {
  if (!message.attemptRecorded) await s.store.markAttempt(message.id);
  const tokenFresh =
    message.replyToken !== null && s.clock.now().getTime() - message.eventAt.getTime() < REPLY_TOKEN_LIFE_MS;
  if (tokenFresh && message.replyToken) {
    let ambiguous = message.attempts > 0;
    try {
      await withRetry(async () => {
        try {
          await s.messenger.reply(message.replyToken as string, message.messages);
        } catch (error) {
          if (!isInvalidReplyToken(error)) ambiguous = true;
          throw error;
        }
      }, s.retry);
      await s.store.markSent(message.id, 'reply');
      return;
    } catch (error) {
      if (isInvalidReplyToken(error) && ambiguous) {
        // A fresh token refused after an attempt whose fate we never learned: that attempt used it.
        await s.store.markSent(message.id, 'reply');
        return;
      }
      if (isInvalidReplyToken(error)) await s.store.dropReplyToken(message.id);
      else s.log.warn('reply_failed', { outbox: message.id, ...describe(error) });
    }
  }
  try {
    await withRetry(() => s.messenger.push(message.to, message.messages, message.id), s.retry);
    await s.store.markSent(message.id, 'push');
  } catch (error) {
    if (error instanceof LineApiError && error.status === 409) {
      await s.store.markSent(message.id, 'push');
      return;
    }
    s.log.error('push_failed', { outbox: message.id, ...describe(error) });
    // A bad access token (401/403) is our mistake, not the message's: keep it for when it is fixed.
    const ours = error instanceof LineApiError && (error.status === 401 || error.status === 403);
    const hopeless = error instanceof LineApiError && !error.retryable && !ours;
    // LINE remembers a retry key for 24 hours; past that a retried push could arrive twice.
    const tooOld = s.clock.now().getTime() - message.eventAt.getTime() > RETRY_KEY_LIFE_MS;
    if (hopeless || tooOld) {
      await s.store.markUndeliverable(
        message.id,
        error instanceof LineApiError ? `line_${error.status}` : 'expired',
      );
    }
  }
}

export function describe(error: unknown): Record<string, string | number> {
  if (error instanceof LineApiError) return { error: 'line_api', status: error.status };
  if (error instanceof Error) return { error: error.name };
  return { error: 'unknown' };
}

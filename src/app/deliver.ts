import type { Clock, Delivery, Logger, Messenger, OutboxMessage, Store } from './ports.ts';
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
  await s.store.recordDeliveries([await attempt(s, message)]);
}

/**
 * One try at delivering a row whose attempt is already counted; what became of it is for the
 * caller to record. Recording may fail (the database is away): the row then stays pending and the
 * next sweep finds the token spent by this attempt, never a reason to push the same words again.
 */
export async function attempt(s: DeliveryServices, message: OutboxMessage): Promise<Delivery> {
  const { id } = message;
  const tokenFresh =
    message.replyToken !== null && s.clock.now().getTime() - message.eventAt.getTime() < REPLY_TOKEN_LIFE_MS;
  let tokenSpent = false;
  if (tokenFresh && message.replyToken) {
    const replied = await sendReply(s, message, message.replyToken);
    if (replied === 'sent') return { id, outcome: 'sent', via: 'reply' };
    if (replied === 'failed') return { id, outcome: 'pending', tokenSpent: false };
    tokenSpent = true;
  }
  const pushed = await sendPush(s, message);
  if (pushed === 'sent') return { id, outcome: 'sent', via: 'push' };
  if (pushed === 'failed') return { id, outcome: 'pending', tokenSpent };
  return { id, outcome: 'undeliverable', reason: pushed };
}

/**
 * One reply call with retries. `sent` when LINE took it, or refused a fresh token after an
 * attempt whose fate we never learned (that attempt used it); `refused` when the token was spent or
 * expired before we used it (push instead); `failed` when LINE could not be reached (try later).
 */
async function sendReply(
  s: DeliveryServices,
  message: OutboxMessage,
  replyToken: string,
): Promise<'sent' | 'refused' | 'failed'> {
  let ambiguous = message.attempts > 0;
  try {
    await withRetry(async () => {
      try {
        await s.messenger.reply(replyToken, message.messages);
      } catch (error) {
        if (!isInvalidReplyToken(error)) ambiguous = true;
        throw error;
      }
    }, s.retry);
    return 'sent';
  } catch (error) {
    if (isInvalidReplyToken(error)) return ambiguous ? 'sent' : 'refused';
    s.log.warn('reply_failed', { outbox: message.id, ...describe(error) });
    // Unreachable now but the token may still work: push only once it is past its minute.
    return 'failed';
  }
}

/** One push keyed by the outbox id; `sent`, `failed` (keep it for the sweep) or why it never can be. */
async function sendPush(s: DeliveryServices, message: OutboxMessage): Promise<'sent' | 'failed' | string> {
  try {
    await withRetry(() => s.messenger.push(message.to, message.messages, message.id), s.retry);
    return 'sent';
  } catch (error) {
    // 409: LINE already has a push with this retry key.
    if (error instanceof LineApiError && error.status === 409) return 'sent';
    s.log.error('push_failed', { outbox: message.id, ...describe(error) });
    // A bad access token (401/403) is our mistake, not the message's: keep it for when it is fixed.
    const ours = error instanceof LineApiError && (error.status === 401 || error.status === 403);
    const hopeless = error instanceof LineApiError && !error.retryable && !ours;
    // LINE remembers a retry key for 24 hours; past that a retried push could arrive twice.
    const tooOld = s.clock.now().getTime() - message.eventAt.getTime() > RETRY_KEY_LIFE_MS;
    if (hopeless || tooOld) return error instanceof LineApiError ? `line_${error.status}` : 'expired';
    return 'failed';
  }
}

export function describe(error: unknown): Record<string, string | number> {
  if (error instanceof LineApiError) return { error: 'line_api', status: error.status };
  if (error instanceof Error) return { error: error.name };
  return { error: 'unknown' };
}

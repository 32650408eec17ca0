import { LineApiError } from './ports.ts';

export interface RetryPolicy {
  attempts: number;
  baseMs: number;
  sleep(ms: number): Promise<void>;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseMs: 250, sleep };

/** Whether trying again may help: LINE's 429 and 5xx, and network failures. */
export function isTransient(error: unknown): boolean {
  return !(error instanceof LineApiError) || error.retryable;
}

/** Runs `call`, retrying transient failures with exponential backoff and jitter. */
export async function withRetry<T>(call: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= policy.attempts || !isTransient(error)) throw error;
      const backoff = policy.baseMs * 2 ** (attempt - 1);
      await policy.sleep(backoff / 2 + Math.random() * backoff);
    }
  }
}

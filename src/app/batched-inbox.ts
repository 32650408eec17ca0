import type { Inbox, NewInboxEvent } from './ports.ts';

interface Waiting {
  events: NewInboxEvent[];
  resolve(added: string[]): void;
  reject(error: unknown): void;
}

export interface BatchOptions {
  /** Most events one statement records. */
  maxEvents: number;
  /** Statements in flight at once; what arrives meanwhile waits for the next. */
  inFlight: number;
}

/** Runs `work` once the current I/O callbacks are done, so what arrived with them joins in. */
export const soon: (work: () => void) => void = (work) =>
  typeof setImmediate === 'function' ? void setImmediate(work) : void setTimeout(work, 0);

/**
 * Group commit for the webhook: the events of concurrent `add` calls are recorded by one statement
 * (one round trip, one commit), and each caller learns which of its own were new. A failed
 * statement fails every caller in it (each webhook answers 5xx and LINE redelivers); nothing is
 * half-written, as the statement is atomic.
 */
export function batchedInbox(inbox: Inbox, options: BatchOptions = { maxEvents: 500, inFlight: 1 }): Inbox {
  const queue: Waiting[] = [];
  let inFlight = 0;
  let scheduled = false;

  const schedule = () => {
    if (scheduled || inFlight >= options.inFlight || queue.length === 0) return;
    scheduled = true;
    soon(() => void flush());
  };

  async function flush(): Promise<void> {
    scheduled = false;
    const batch: Waiting[] = [];
    let size = 0;
    while (
      queue.length > 0 &&
      (batch.length === 0 || size + (queue[0]?.events.length ?? 0) <= options.maxEvents)
    ) {
      const next = queue.shift() as Waiting;
      batch.push(next);
      size += next.events.length;
    }
    inFlight++;
    try {
      const added = new Set(await inbox.add(batch.flatMap((w) => w.events)));
      for (const w of batch)
        w.resolve(w.events.filter((e) => added.has(e.webhookEventId)).map((e) => e.webhookEventId));
    } catch (error) {
      for (const w of batch) w.reject(error);
    } finally {
      inFlight--;
      schedule();
    }
  }

  return {
    ...inbox,
    add(events) {
      if (events.length === 0) return Promise.resolve([]);
      return new Promise((resolve, reject) => {
        queue.push({ events, resolve, reject });
        schedule();
      });
    },
  };
}

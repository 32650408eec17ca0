import { type DeliveryServices, deliver, describe } from './deliver.ts';
import { type EventServices, giveUp, handleEvent } from './handle-event.ts';

export interface ProcessorOptions {
  owner: string;
  /** How long a lane lease lasts before another process may take the lane over. */
  leaseMs: number;
  /** Events younger than this wait, so a late-arriving earlier event can go first. */
  orderWindowMs: number;
  lanesPerBatch: number;
  /** After this many failed tries an event is set aside so the resident's later events can go on. */
  maxAttempts: number;
}

export const DEFAULT_PROCESSOR: Omit<ProcessorOptions, 'owner'> = {
  leaseMs: 30_000,
  orderWindowMs: 80,
  lanesPerBatch: 16,
  maxAttempts: 5,
};

type Services = EventServices & DeliveryServices;

/**
 * Drains the durable inbox: one resident's events one at a time, in timestamp order,
 * across every process sharing the database (lanes are leased in the database).
 */
export class InboxProcessor {
  private running: Promise<void> | null = null;
  private again = false;
  private scheduled: ReturnType<typeof setTimeout> | null = null;
  private poller: ReturnType<typeof setInterval> | null = null;
  private stopped = false;

  private readonly s: Services;
  private readonly options: ProcessorOptions;

  constructor(services: Services, options: ProcessorOptions) {
    this.s = services;
    this.options = options;
  }

  /** Something arrived: drain soon (after the ordering window). */
  kick(): void {
    if (this.stopped || this.scheduled) return;
    this.scheduled = setTimeout(
      () => {
        this.scheduled = null;
        void this.drain();
        // A little past the window, so the event that caused the kick is ready by the database's clock too.
      },
      this.options.orderWindowMs + (this.options.orderWindowMs > 0 ? 25 : 0),
    );
  }

  /** Picks up what was left: after a restart, another process's crash, or an outage. */
  startPolling(everyMs: number): void {
    this.poller = setInterval(() => {
      void this.drain();
      void this.sweepOutbox();
    }, everyMs);
    this.poller.unref?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.scheduled) clearTimeout(this.scheduled);
    if (this.poller) clearInterval(this.poller);
    await this.running;
  }

  /** Processes everything ready; concurrent calls coalesce into one loop. */
  drain(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        while (!this.stopped) {
          const lanes = await this.s.store.inbox.claimLanes(
            this.options.owner,
            this.options.leaseMs,
            this.options.lanesPerBatch,
            this.options.orderWindowMs,
          );
          if (lanes.length === 0) break;
          const handled = await Promise.all(lanes.map((lane) => this.processLane(lane)));
          // Every claimed lane is waiting (an earlier event still in its window, or a retry pause):
          // stop rather than spin; the next kick or poll comes back for them.
          if (handled.every((n) => n === 0)) break;
        }
      } catch (error) {
        this.s.log.error('inbox_drain_failed', describe(error));
      }
    } while (this.again && !this.stopped);
  }

  /** Handles a leased lane's events in timestamp order; returns how many it handled. */
  private async processLane(lane: string): Promise<number> {
    const { inbox } = this.s.store;
    let handled = 0;
    try {
      const events = await inbox.pendingIn(lane, this.options.orderWindowMs);
      for (const [i, event] of events.entries()) {
        // Events go strictly in timestamp order: one not yet ready holds back the ones after it.
        if (!event.ready) return handled;
        handled++;
        try {
          const outbox = await handleEvent(this.s, event);
          for (const message of outbox) await deliver(this.s, message);
        } catch (error) {
          const attempts = await inbox.recordFailure(event.id, 1_000 * 2 ** event.attempts);
          this.s.log.error('event_failed', { inbox: event.id, attempts, ...describe(error) });
          if (attempts < this.options.maxAttempts) return handled;
          const apology = await giveUp(this.s, event, String(describe(error).error ?? 'error'));
          if (apology) await deliver(this.s, apology);
        }
        // Only when another event follows: the lease is released right after the last one.
        const more = i < events.length - 1;
        if (more && !(await inbox.extendLease(lane, this.options.owner, this.options.leaseMs)))
          return handled;
      }
      return handled;
    } finally {
      await inbox.releaseLane(lane, this.options.owner);
    }
  }

  /** Sends outbox rows a crash or an outage left unsent. */
  async sweepOutbox(olderThanMs = 10_000): Promise<void> {
    try {
      const before = new Date(this.s.clock.now().getTime() - olderThanMs);
      for (const message of await this.s.store.unsentMessages(50, before)) await deliver(this.s, message);
    } catch (error) {
      this.s.log.error('outbox_sweep_failed', describe(error));
    }
  }
}

import { soon } from './batched-inbox.ts';
import { attempt, type DeliveryServices, deliver, describe } from './deliver.ts';
import {
  afterTurn,
  type EventServices,
  giveUp,
  handleEvent,
  type InputEvent,
  localeOf,
  planInput,
  type Stepped,
} from './handle-event.ts';
import type { ClaimedLane, CommittedTurn, Delivery, InboxEvent, OutboxMessage } from './ports.ts';

export interface ProcessorOptions {
  owner: string;
  /** How long a lane lease lasts before another process may take the lane over. */
  leaseMs: number;
  /** Events younger than this wait, so a late-arriving earlier event can go first. */
  orderWindowMs: number;
  lanesPerBatch: number;
  /** Batches in hand at once: one is claimed and stepped while another waits on LINE. */
  batchesInFlight: number;
  /** After this many failed tries an event is set aside so the resident's later events can go on. */
  maxAttempts: number;
}

export const DEFAULT_PROCESSOR: Omit<ProcessorOptions, 'owner'> = {
  leaseMs: 30_000,
  orderWindowMs: 80,
  lanesPerBatch: 64,
  batchesInFlight: 2,
  maxAttempts: 5,
};

type Services = EventServices & DeliveryServices;

/** A common turn stepped in a batch, with what is needed to finish it after the commit. */
interface Planned {
  event: InboxEvent;
  read: InputEvent;
  stepped: Stepped;
}

/** Stepping a batch is synchronous work; hand the event loop back this often so webhooks are answered. */
const SLICE_MS = 8;
const yieldToLoop = () => new Promise<void>((resolve) => soon(resolve));

/**
 * Drains the durable inbox: one resident's events one at a time, in timestamp order, across every
 * process sharing the database (lanes are leased in the database). Residents are handled in
 * batches: one statement leases lanes and reads their events and conversations, one commits every
 * common turn, one records the deliveries and releases the lanes. Anything less common (a
 * forgotten resident, withdrawn consent, words for staff, a failure) goes through `handleEvent`
 * one event at a time, in order.
 */
export class InboxProcessor {
  /** Settles when every worker has stopped and none is due to start again. */
  private running: Promise<void> | null = null;
  private settle: (() => void) | null = null;
  private active = 0;
  private restarting = 0;
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

  /**
   * Processes everything ready, with up to `batchesInFlight` workers; the promise settles when they
   * have all stopped. A worker stops when it finds nothing ready; while events keep arriving, every
   * call tops the workers up again, so a busy inbox keeps them all (one long-lived worker must not
   * hold the others back until it is done).
   */
  drain(): Promise<void> {
    if (!this.running) {
      if (this.stopped) return Promise.resolve();
      this.running = new Promise((resolve) => {
        this.settle = resolve;
      });
    }
    const running = this.running;
    if (this.active >= this.options.batchesInFlight) this.again = true;
    this.topUp();
    return running;
  }

  private topUp(): void {
    while (!this.stopped && this.active < this.options.batchesInFlight) {
      this.active++;
      void this.work().finally(() => this.workerStopped());
    }
    this.settleIfIdle();
  }

  private workerStopped(): void {
    this.active--;
    // Asked for while every worker was busy: what arrived meanwhile may be waiting in its window.
    if (this.again && !this.stopped) {
      this.again = false;
      this.restarting++;
      setTimeout(() => {
        this.restarting--;
        this.topUp();
      }, this.options.orderWindowMs);
      return;
    }
    this.settleIfIdle();
  }

  private settleIfIdle(): void {
    if (this.active > 0 || this.restarting > 0 || !this.settle) return;
    const settle = this.settle;
    this.settle = null;
    this.running = null;
    settle();
  }

  private async work(): Promise<void> {
    try {
      while (!this.stopped) {
        const lanes = await this.s.store.inbox.claimBatch(
          this.options.owner,
          this.options.leaseMs,
          this.options.lanesPerBatch,
          this.options.orderWindowMs,
        );
        if (lanes.length === 0) return;
        // Every claimed lane is waiting (an earlier event still in its window, or a retry pause):
        // stop rather than spin; the next kick or poll comes back for them.
        if ((await this.handleBatch(lanes)) === 0) return;
      }
    } catch (error) {
      this.s.log.error('inbox_drain_failed', describe(error));
    }
  }

  /** Handles a batch of leased lanes; returns how many events it handled. */
  private async handleBatch(lanes: ClaimedLane[]): Promise<number> {
    const { planned, slow } = await this.plan(lanes);
    const slowLanes = new Set(slow);
    let committed: CommittedTurn[];
    try {
      committed = await this.s.store.commitTurns(
        planned.flatMap((p) => (p.stepped.turn ? [p.stepped.turn] : [])),
      );
    } catch (error) {
      // One bad turn spoils the statement: every lane goes the careful way, one event at a time.
      this.s.log.error('batch_commit_failed', { lanes: lanes.length, ...describe(error) });
      const counts = await Promise.all(lanes.map((lane) => this.processLane(lane.lane)));
      return counts.reduce((a, b) => a + b, 0);
    }
    const menus = planned.map((p, i) =>
      afterTurn(
        this.s,
        p.event,
        p.read,
        p.stepped,
        committed[i] ?? { conversationId: null, referralId: null },
      ),
    );
    const deliveries = await this.send(committed.flatMap((c) => c.queued));
    await Promise.all(menus);
    const finished = lanes.map((l) => l.lane).filter((lane) => !slowLanes.has(lane));
    try {
      await this.s.store.recordDeliveries(deliveries, { lanes: finished, owner: this.options.owner });
    } catch (error) {
      // The rows stay pending for the sweep; the leases run out.
      this.s.log.error('deliveries_unrecorded', describe(error));
    }
    const counts = await Promise.all(slow.map((lane) => this.processLane(lane)));
    return planned.length + counts.reduce((a, b) => a + b, 0);
  }

  /** Steps each lane's ready events in order; a lane leaves the batch at its first uncommon event. */
  private async plan(lanes: ClaimedLane[]): Promise<{ planned: Planned[]; slow: string[] }> {
    const planned: Planned[] = [];
    const slow: string[] = [];
    const reads = new Map(lanes.map((lane) => [lane.lane, lane.events.map((e) => this.read(e))]));
    // New residents' languages, asked of LINE together.
    const fresh = lanes.flatMap((lane) => {
      const first = reads.get(lane.lane)?.[0];
      return !lane.conversation?.state && first?.kind === 'input' ? [[lane.lane, first.userId] as const] : [];
    });
    const locales = new Map(
      await Promise.all(
        fresh.map(async ([lane, user]) => [lane, await localeOf(this.s, user, null)] as const),
      ),
    );
    let slice = performance.now();
    for (const lane of lanes) {
      let prior = lane.conversation?.state ?? null;
      for (const [i, event] of lane.events.entries()) {
        if (!event.ready) break;
        const read = reads.get(lane.lane)?.[i];
        const plan =
          read?.kind === 'input'
            ? this.tryPlan(event, read, prior, prior?.locale ?? locales.get(lane.lane), lane.staffThread)
            : null;
        if (!plan || !read || read.kind !== 'input') {
          slow.push(lane.lane);
          break;
        }
        planned.push({ event, read, stepped: plan });
        prior = plan.turn?.state ?? prior;
      }
      if (performance.now() - slice > SLICE_MS) {
        await yieldToLoop();
        slice = performance.now();
      }
    }
    return { planned, slow };
  }

  private read(event: InboxEvent) {
    try {
      return this.s.readEvent(event.payload);
    } catch {
      return null;
    }
  }

  /** A common turn for this event, or null when it needs the careful path (or fails there). */
  private tryPlan(
    event: InboxEvent,
    read: InputEvent,
    prior: Stepped['prior'],
    locale: string | undefined,
    staffThread: boolean,
  ): Stepped | null {
    if (locale === undefined) return null;
    try {
      const plan = planInput(this.s, event, read, prior, locale, staffThread);
      return plan.kind === 'stepped' && plan.stepped.turn ? plan.stepped : null;
    } catch {
      return null;
    }
  }

  /** Delivers rows, each resident's in order, residents side by side. */
  private async send(messages: OutboxMessage[]): Promise<Delivery[]> {
    const byResident = new Map<string, OutboxMessage[]>();
    for (const m of messages) byResident.set(m.to, [...(byResident.get(m.to) ?? []), m]);
    const results = await Promise.all(
      [...byResident.values()].map(async (queue) => {
        const done: Delivery[] = [];
        for (const m of queue) done.push(await attempt(this.s, m));
        return done;
      }),
    );
    return results.flat();
  }

  /** Handles a leased lane's events one at a time, in timestamp order; returns how many it handled. */
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
    } catch (error) {
      this.s.log.error('lane_failed', describe(error));
      return handled;
    } finally {
      await inbox.releaseLane(lane, this.options.owner).catch(() => {});
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

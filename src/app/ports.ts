import type { Input } from '../core/flow/input.ts';
import type { Reply } from '../core/flow/message.ts';
import type { ConversationState } from '../core/flow/schema.ts';
import type { NewReferral } from '../core/referral/referral.ts';

/** A LINE webhook event as stored in the inbox, before it is read. */
export interface InboxEvent {
  id: string;
  webhookEventId: string;
  lane: string;
  eventTs: number;
  receivedAt: Date;
  /** False while a failed event waits before its next try (the resident's later events wait too). */
  ready: boolean;
  attempts: number;
  payload: unknown;
}

export interface NewInboxEvent {
  webhookEventId: string;
  lane: string;
  eventType: string;
  eventTs: number;
  payload: unknown;
}

export type InboxOutcome = 'done' | 'skipped' | 'failed';

/** The durable inbox: events are recorded here before LINE gets its 200. */
export interface Inbox {
  /** Records events; ones already recorded (same webhookEventId) are ignored. Returns the new ones' ids. */
  add(events: NewInboxEvent[]): Promise<string[]>;
  /**
   * Leases lanes (one lane per resident) with events pending for longer than the ordering window,
   * then reads what handling them needs (after the lease, so nothing handled before it shows as pending).
   */
  claimBatch(owner: string, leaseMs: number, limit: number, orderWindowMs: number): Promise<ClaimedLane[]>;
  /** Pending events of a leased lane, in timestamp order. */
  pendingIn(lane: string, orderWindowMs: number): Promise<InboxEvent[]>;
  extendLease(lane: string, owner: string, leaseMs: number): Promise<boolean>;
  releaseLane(lane: string, owner: string): Promise<void>;
  /** Counts a failed try at an event and holds it back a while; returns how many tries it has had. */
  recordFailure(inboxId: string, retryInMs: number): Promise<number>;
  countPending(): Promise<number>;
}

export interface StoredConversation {
  id: string;
  state: ConversationState | null;
}

/** A leased lane and what its events need, read in the statement that leased it. */
export interface ClaimedLane {
  lane: string;
  /** Its pending events in timestamp order (`ready` false for those that must wait). */
  events: InboxEvent[];
  conversation: StoredConversation | null;
  /** Staff wrote to this resident over LINE on an open referral: their words may be for staff. */
  staffThread: boolean;
}

/** What became of one attempt to deliver an outbox row. */
export type Delivery =
  | { id: string; outcome: 'sent'; via: 'reply' | 'push' }
  | { id: string; outcome: 'undeliverable'; reason: string }
  /** Still to send; the sweep tries again, by push once the reply token is known to be spent. */
  | { id: string; outcome: 'pending'; tokenSpent: boolean };

/** An outgoing LINE call, recorded in the same transaction as the state it follows from. */
export interface OutboxMessage {
  id: string;
  to: string;
  replyToken: string | null;
  /** When the event that caused it happened; a reply token lives one minute from here. */
  eventAt: Date;
  messages: unknown[];
  attempts: number;
  /** The attempt about to be made is already counted (a row enqueued for immediate delivery). */
  attemptRecorded?: boolean;
}

/** What one event changes, written atomically. */
export interface Tx {
  loadConversation(lineUserId: string): Promise<StoredConversation | null>;
  saveConversation(lineUserId: string, state: ConversationState): Promise<StoredConversation>;
  markUnfollowed(lineUserId: string, at: Date): Promise<void>;
  /** Erases the conversation and the resident's details; referrals stay, without who it was. */
  forgetResident(lineUserId: string): Promise<void>;
  createReferral(lineUserId: string, conversationId: string, referral: NewReferral): Promise<{ id: string }>;
  enqueue(message: Omit<OutboxMessage, 'id' | 'attempts'>): Promise<OutboxMessage>;
  /** The referral whose staff wrote to this resident over LINE lately and still await an answer, if any. */
  openStaffThread(lineUserId: string, since: Date): Promise<string | null>;
  /** Files the resident's answer in that referral's thread. */
  recordResidentReply(referralId: string, text: string): Promise<void>;
  finishEvent(inboxId: string, outcome: InboxOutcome, note: string): Promise<void>;
  /** Marks the resident's referrals withdrawn and erases their words and contact; returns how many. */
  withdrawConsent(lineUserId: string, at: Date): Promise<number>;
}

/** The common turn of a conversation: what one event changes when nothing else is involved. */
export interface Turn {
  inboxId: string;
  /** The event's outcome note, as `finishEvent` records it. */
  note: string;
  lineUserId: string;
  state: ConversationState;
  referral: NewReferral | null;
  outbox: Omit<OutboxMessage, 'id' | 'attempts'>[];
}

export interface CommittedTurn {
  conversationId: string;
  referralId: string | null;
  /** The turn's outbox rows, in order, their first attempt counted. */
  queued: OutboxMessage[];
}

export interface PurgeCounts {
  conversations: number;
  inboxEvents: number;
  outbox: number;
}

export interface Store {
  inbox: Inbox;
  atomically<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Writes turns as `atomically` would with saveConversation, createReferral, enqueue and
   * finishEvent, in one statement (one round trip, one commit), for any number of residents; a
   * resident's turns come in order and the last state is kept. Results come back turn by turn.
   */
  commitTurns(turns: Turn[]): Promise<CommittedTurn[]>;
  /** Reads a conversation outside any transaction (one round trip; the write that follows is atomic). */
  loadConversation(lineUserId: string): Promise<StoredConversation | null>;
  /** Outbox rows not yet sent (a crash or an outage left them). */
  unsentMessages(limit: number, olderThan: Date): Promise<OutboxMessage[]>;
  markAttempt(id: string): Promise<void>;
  /**
   * Records what became of delivery attempts (what was said is not kept once LINE has it) and
   * releases the lanes they finished, in one statement.
   */
  recordDeliveries(deliveries: Delivery[], release?: { lanes: string[]; owner: string }): Promise<void>;
  /** Deletes what residents wrote that was last touched before `before` and is not part of a referral. */
  purgeExpired(before: Date): Promise<PurgeCounts>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** An error from LINE's API, kept apart from network failures. */
export class LineApiError extends Error {
  readonly status: number;
  constructor(status: number, detail: string) {
    super(`LINE API ${status}: ${detail}`);
    this.status = status;
  }
  get retryable(): boolean {
    return this.status === 429 || this.status >= 500;
  }
}

export interface Messenger {
  reply(replyToken: string, messages: unknown[]): Promise<void>;
  push(to: string, messages: unknown[], retryKey: string): Promise<void>;
  /** The resident's LINE app language, when LINE tells it. */
  profileLanguage(userId: string): Promise<string | null>;
  /** Links the resident to the rich menu of their language; false when the channel has none for it. */
  showMenu(userId: string, locale: string): Promise<boolean>;
}

/** Turns the engine's abstract reply into LINE message objects in a language. */
export interface Renderer {
  render(reply: Reply, locale: string, data: Record<string, unknown>): unknown[];
  /** A typed word that means a command or one of the buttons on screen, if it does. */
  interpret(text: string, locale: string, buttons: { label: string; value: string }[]): Input | null;
  /** Our locale for a LINE app language, following the fallback chain. */
  localeFor(appLanguage: string | null): string;
  readonly locales: readonly string[];
}

export interface Logger {
  info(event: string, fields?: Record<string, string | number | boolean | null>): void;
  warn(event: string, fields?: Record<string, string | number | boolean | null>): void;
  error(event: string, fields?: Record<string, string | number | boolean | null>): void;
}

export interface Clock {
  now(): Date;
}

export interface Ids {
  uuid(): string;
  randomBytes(n: number): Uint8Array;
}

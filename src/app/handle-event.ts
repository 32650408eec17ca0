import { type Effect, type EngineContext, freshState, type StepResult, step } from '../core/flow/engine.ts';
import type { Input } from '../core/flow/input.ts';
import type { ConversationState, Flow } from '../core/flow/schema.ts';
import { referenceCode } from '../core/referral/reference-code.ts';
import type { NewReferral } from '../core/referral/referral.ts';
import {
  type Clock,
  type Ids,
  type InboxEvent,
  LineApiError,
  type Logger,
  type Messenger,
  type OutboxMessage,
  type Renderer,
  type Store,
  type Turn,
  type Tx,
} from './ports.ts';
import type { ReadEvent } from './read-event.ts';
import type { Notifier } from './staff/notifier.ts';

export interface EventServices {
  store: Store;
  messenger: Messenger;
  renderer: Renderer;
  clock: Clock;
  ids: Ids;
  log: Logger;
  flow: Flow;
  knowledge: Pick<EngineContext, 'detectCrisis' | 'triage' | 'route' | 'places' | 'opening' | 'areaNamed'>;
  referencePrefix: string;
  readEvent(payload: unknown): ReadEvent;
  /** Tells the window's staff a referral arrived (through the outbox, in the same transaction). */
  notifier?: Notifier;
}

/** An input event read from its payload. */
export type InputEvent = Extract<ReadEvent, { kind: 'input' }>;

/** One resident input run through the flow, before anything is written. */
export interface Stepped {
  input: Input;
  prior: ConversationState | null;
  result: StepResult;
  /** The common turn (state, replies, a referral nobody is notified of): one statement writes it. */
  turn: Turn | null;
  /** The locale the resident's rich menu should follow now, if it changed. */
  menu: string | null;
}

/**
 * What an input comes to: the words may belong to staff who wrote to the resident (when
 * `staffThread` says they might), else the flow steps.
 */
export function planInput(
  s: EventServices,
  event: InboxEvent,
  read: InputEvent,
  prior: ConversationState | null,
  locale: string,
  staffThread: boolean,
): { kind: 'staff'; text: string; locale: string } | { kind: 'stepped'; stepped: Stepped } {
  const state: ConversationState = prior
    ? { ...prior, locale: prior.locale ?? locale }
    : { ...freshState(s.flow, locale), stepId: s.flow.commands.menu };
  const input = interpret(s, state, read.input);
  if (staffThread && input.type === 'text' && !s.knowledge.detectCrisis(input.text))
    return { kind: 'staff', text: input.text, locale: state.locale ?? locale };
  const result = step(s.flow, state, input, {
    ...s.knowledge,
    now: s.clock.now(),
    locales: s.renderer.locales,
    defaultLocale: locale,
    newReferenceCode: () => referenceCode(s.referencePrefix, s.ids.randomBytes(8)),
  });
  const saved = result.state;
  const turn =
    saved && inOneStatement(result.effects)
      ? turnOf(s, event, read, input.type, saved, result.effects)
      : null;
  // The rich menu follows the resident's language: when it is first known, chosen, or on a re-add.
  const chosen = saved?.locale ?? null;
  const menu = chosen && (chosen !== prior?.locale || input.type === 'follow') ? chosen : null;
  return { kind: 'stepped', stepped: { input, prior, result, turn, menu } };
}

/** The resident's language: the one they chose, else their LINE app's (asked of LINE once). */
export async function localeOf(
  s: EventServices,
  userId: string,
  prior: ConversationState | null,
): Promise<string> {
  return prior?.locale ?? s.renderer.localeFor(await appLanguage(s, userId));
}

/** Handles one recorded event: state, referral and outgoing messages commit together. */
export async function handleEvent(s: EventServices, event: InboxEvent): Promise<OutboxMessage[]> {
  const read = s.readEvent(event.payload);
  if (read.kind === 'skip') {
    await s.store.atomically((tx) => tx.finishEvent(event.id, 'skipped', read.reason));
    return [];
  }
  if (read.kind === 'unfollow') {
    await s.store.atomically(async (tx) => {
      await tx.markUnfollowed(read.userId, s.clock.now());
      await tx.finishEvent(event.id, 'done', 'unfollow');
    });
    return [];
  }
  const stored = await s.store.loadConversation(read.userId);
  const prior = stored?.state ?? null;
  const locale = await localeOf(s, read.userId, prior);
  let plan = planInput(s, event, read, prior, locale, true);
  if (plan.kind === 'staff') {
    const forwarded = await forwardToStaff(s, event, read, plan.text, plan.locale);
    if (forwarded) return forwarded;
    plan = planInput(s, event, read, prior, locale, false);
  }
  if (plan.kind !== 'stepped') throw new Error('unreachable');
  const { stepped } = plan;
  const { result } = stepped;
  if (stepped.turn) {
    const [committed] = await s.store.commitTurns([stepped.turn]);
    if (!committed) throw new Error('the turn was not committed');
    await afterTurn(s, event, read, stepped, committed);
    return committed.queued;
  }
  const { queued, conversationId } = await s.store.atomically(async (tx) => {
    const conversation = result.state ? await tx.saveConversation(read.userId, result.state) : null;
    if (!result.state) await tx.forgetResident(read.userId);
    const queued: OutboxMessage[] = [];
    for (const effect of result.effects) {
      const done = await carryOut(
        s,
        effect,
        read,
        conversation?.id ?? null,
        result.state,
        tx,
        event.receivedAt,
      );
      queued.push(...done);
    }
    await tx.finishEvent(event.id, 'done', stepped.input.type);
    return { queued, conversationId: conversation?.id ?? stored?.id ?? null };
  });
  await afterTurn(s, event, read, stepped, { conversationId, referralId: null });
  return queued;
}

/** What follows a committed turn: the log line, and the rich menu of the resident's language. */
export async function afterTurn(
  s: EventServices,
  event: InboxEvent,
  read: InputEvent,
  stepped: Stepped,
  committed: { conversationId: string | null; referralId: string | null },
): Promise<void> {
  if (committed.referralId)
    s.log.info('referral_created', {
      referral: committed.referralId,
      conversation: committed.conversationId,
    });
  s.log.info('event_handled', {
    inbox: event.id,
    conversation: committed.conversationId,
    input: stepped.input.type,
    step: stepped.result.state?.stepId ?? 'forgotten',
  });
  if (stepped.menu) await showMenu(s, read.userId, stepped.menu);
}

/**
 * The common turn (state saved, replies, at most one referral and its staff notices) commits in one
 * statement: one round trip instead of six.
 */
function inOneStatement(effects: Effect[]): boolean {
  const referrals = effects.filter((e) => e.type === 'createReferral').length;
  return effects.every((e) => e.type === 'reply' || e.type === 'createReferral') && referrals <= 1;
}

/** What the window's staff (and for a compound case the coordinators) are told of a new referral. */
function noticesOf(s: EventServices, r: NewReferral, at: Date): Omit<OutboxMessage, 'id' | 'attempts'>[] {
  return (
    s.notifier?.referralCreated(
      {
        referenceCode: r.referenceCode,
        serviceId: r.serviceId,
        coordinatorServiceId: r.coordinatorServiceId,
        categories: r.categories,
        compound: r.compound,
        urgent: r.crisis !== null,
      },
      at,
    ) ?? []
  );
}

/** The outbox row for a reply: to the resident, with their reply token, rendered in their language. */
function replyRow(
  s: EventServices,
  effect: Extract<Effect, { type: 'reply' }>,
  read: InputEvent,
  receivedAt: Date,
  state: ConversationState | null,
): Omit<OutboxMessage, 'id' | 'attempts'> {
  return {
    to: read.userId,
    replyToken: read.replyToken,
    eventAt: receivedAt,
    messages: s.renderer.render(effect.reply, effect.locale, state?.data ?? {}),
  };
}

/** What the transactional path's carryOut does for replies and a referral, as a Turn. */
function turnOf(
  s: EventServices,
  event: InboxEvent,
  read: InputEvent,
  note: string,
  state: ConversationState,
  effects: Effect[],
): Turn {
  const outbox: Omit<OutboxMessage, 'id' | 'attempts'>[] = [];
  let referral: NewReferral | null = null;
  for (const effect of effects) {
    if (effect.type === 'reply') outbox.push(replyRow(s, effect, read, event.receivedAt, state));
    if (effect.type !== 'createReferral') continue;
    referral = effect.referral;
    outbox.push(...noticesOf(s, referral, event.receivedAt));
  }
  return { inboxId: event.id, note, lineUserId: read.userId, state, referral, outbox };
}

/** How long after staff write over LINE the resident's words go to them rather than to the bot. */
const STAFF_THREAD_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * A resident answering the staff who wrote to them: the words join the case thread (they chose
 * LINE contact, so this is what they agreed to) and the bot says so. Commands and crises never
 * come here; they were read before.
 */
async function forwardToStaff(
  s: EventServices,
  event: InboxEvent,
  read: InputEvent,
  text: string,
  locale: string,
): Promise<OutboxMessage[] | null> {
  const since = new Date(s.clock.now().getTime() - STAFF_THREAD_MS);
  return s.store.atomically(async (tx) => {
    const referralId = await tx.openStaffThread(read.userId, since);
    if (!referralId) return null;
    await tx.recordResidentReply(referralId, text);
    const reply = {
      messages: [{ type: 'text' as const, key: 'thread.forwarded' }],
      buttons: [{ type: 'choice' as const, label: 'common.menu', value: 'cmd:menu' }],
    };
    const message = await tx.enqueue({
      to: read.userId,
      replyToken: read.replyToken,
      eventAt: event.receivedAt,
      messages: s.renderer.render(reply, locale, {}),
    });
    await tx.finishEvent(event.id, 'done', 'staff_reply');
    s.log.info('resident_reply_filed', { inbox: event.id, referral: referralId });
    return [message];
  });
}

/** Best effort: a missing or failing rich menu never holds up the conversation. */
async function showMenu(s: EventServices, userId: string, locale: string): Promise<void> {
  try {
    if (await s.messenger.showMenu(userId, locale)) s.log.info('rich_menu_linked', { locale });
  } catch (error) {
    s.log.warn('rich_menu_unavailable', { status: error instanceof LineApiError ? error.status : null });
  }
}

async function carryOut(
  s: EventServices,
  effect: Effect,
  read: InputEvent,
  conversationId: string | null,
  state: ConversationState | null,
  tx: Tx,
  receivedAt: Date,
): Promise<OutboxMessage[]> {
  switch (effect.type) {
    case 'reply':
      return [await tx.enqueue(replyRow(s, effect, read, receivedAt, state))];
    case 'createReferral': {
      if (!conversationId) throw new Error('a referral needs a conversation');
      const { id } = await tx.createReferral(read.userId, conversationId, effect.referral);
      s.log.info('referral_created', { referral: id, conversation: conversationId });
      const queued: OutboxMessage[] = [];
      for (const notice of noticesOf(s, effect.referral, receivedAt)) queued.push(await tx.enqueue(notice));
      return queued;
    }
    case 'forget':
      return [];
    case 'withdrawConsent': {
      const count = await tx.withdrawConsent(read.userId, receivedAt);
      s.log.info('consent_withdrawn', { conversation: conversationId, referrals: count });
      return [];
    }
  }
}

/** Typed words that mean a command, or a button shown on screen, become that. */
function interpret(s: EventServices, state: ConversationState, input: Input): Input {
  if (input.type !== 'text') return input;
  const current = s.flow.steps[state.stepId];
  const buttons = current?.type === 'ask' && Array.isArray(current.buttons) ? current.buttons : [];
  const choices = buttons.flatMap((b) => ('label' in b ? [{ label: b.label, value: b.value }] : []));
  return s.renderer.interpret(input.text, state.locale ?? 'ja', choices) ?? input;
}

/** An event we could not handle: set it aside and tell the resident, rather than leave them in silence. */
export async function giveUp(
  s: EventServices,
  event: InboxEvent,
  reason: string,
): Promise<OutboxMessage | null> {
  const read = s.readEvent(event.payload);
  return s.store.atomically(async (tx) => {
    await tx.finishEvent(event.id, 'failed', reason);
    if (read.kind !== 'input') return null;
    const stored = await tx.loadConversation(read.userId).catch(() => null);
    const locale = stored?.state?.locale ?? s.renderer.localeFor(null);
    const apology = { messages: [{ type: 'text' as const, key: 'common.error' }], buttons: [] };
    return tx.enqueue({
      to: read.userId,
      replyToken: read.replyToken,
      eventAt: event.receivedAt,
      messages: s.renderer.render(apology, locale, {}),
    });
  });
}

async function appLanguage(s: EventServices, userId: string): Promise<string | null> {
  try {
    return await s.messenger.profileLanguage(userId);
  } catch {
    s.log.warn('profile_unavailable');
    return null;
  }
}

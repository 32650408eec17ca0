import { type Effect, type EngineContext, freshState, step } from '../core/flow/engine.ts';
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
  const locale = prior?.locale ?? s.renderer.localeFor(await appLanguage(s, read.userId));
  const state: ConversationState = prior ?? { ...freshState(s.flow, locale), stepId: s.flow.commands.menu };
  if (!state.locale) state.locale = locale;
  const input = interpret(s, state, read.input);
  const now = s.clock.now();
  if (input.type === 'text' && !s.knowledge.detectCrisis(input.text)) {
    const forwarded = await forwardToStaff(s, event, read, input.text, state.locale ?? locale);
    if (forwarded) return forwarded;
  }
  const result = step(s.flow, state, input, {
    ...s.knowledge,
    now,
    locales: s.renderer.locales,
    defaultLocale: locale,
    newReferenceCode: () => referenceCode(s.referencePrefix, s.ids.randomBytes(8)),
  });
  const saved = result.state;
  const { queued, conversationId } =
    saved && inOneStatement(s, result.effects)
      ? await commitTurn(s, event, read, input.type, saved, result.effects)
      : await s.store.atomically(async (tx) => {
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
          await tx.finishEvent(event.id, 'done', input.type);
          return { queued, conversationId: conversation?.id ?? stored?.id ?? null };
        });
  s.log.info('event_handled', {
    inbox: event.id,
    conversation: conversationId,
    input: input.type,
    step: result.state?.stepId ?? 'forgotten',
  });
  // The rich menu follows the resident's language: when it is first known, chosen, or on a re-add.
  const chosen = result.state?.locale;
  if (chosen && (chosen !== prior?.locale || input.type === 'follow')) await showMenu(s, read.userId, chosen);
  return queued;
}

/**
 * The common turn (state saved, replies, at most one referral nobody is notified of through the
 * transaction) commits in one statement: one round trip instead of six.
 */
function inOneStatement(s: EventServices, effects: Effect[]): boolean {
  const referrals = effects.filter((e) => e.type === 'createReferral').length;
  return (
    effects.every((e) => e.type === 'reply' || e.type === 'createReferral') &&
    referrals <= (s.notifier ? 0 : 1)
  );
}

/** The outbox row for a reply: to the resident, with their reply token, rendered in their language. */
function replyRow(
  s: EventServices,
  effect: Extract<Effect, { type: 'reply' }>,
  read: Extract<ReadEvent, { kind: 'input' }>,
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

/** What the transactional path's carryOut does for replies and a referral, as one Store.commitTurn. */
async function commitTurn(
  s: EventServices,
  event: InboxEvent,
  read: Extract<ReadEvent, { kind: 'input' }>,
  note: string,
  state: ConversationState,
  effects: Effect[],
): Promise<{ queued: OutboxMessage[]; conversationId: string }> {
  const outbox: Omit<OutboxMessage, 'id' | 'attempts'>[] = [];
  let referral: NewReferral | null = null;
  for (const effect of effects) {
    if (effect.type === 'createReferral') referral = effect.referral;
    if (effect.type !== 'reply') continue;
    outbox.push(replyRow(s, effect, read, event.receivedAt, state));
  }
  const turn = { inboxId: event.id, note, lineUserId: read.userId, state, referral, outbox };
  const { conversationId, referralId, queued } = await s.store.commitTurn(turn);
  if (referralId) s.log.info('referral_created', { referral: referralId, conversation: conversationId });
  return { queued, conversationId };
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
  read: Extract<ReadEvent, { kind: 'input' }>,
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
  read: Extract<ReadEvent, { kind: 'input' }>,
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
      const r = effect.referral;
      return (
        (await s.notifier?.referralCreated(
          tx,
          {
            referralId: id,
            referenceCode: r.referenceCode,
            serviceId: r.serviceId,
            coordinatorServiceId: r.coordinatorServiceId,
            categories: r.categories,
            compound: r.compound,
            urgent: r.crisis !== null,
          },
          receivedAt,
        )) ?? []
      );
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

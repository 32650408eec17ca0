import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import { laneOf } from '../../app/lanes.ts';
import type {
  Ids,
  Inbox,
  InboxEvent,
  InboxOutcome,
  NewInboxEvent,
  OutboxMessage,
  Store,
  StoredConversation,
  Turn,
  Tx,
} from '../../app/ports.ts';
import { type ConversationState, ConversationStateSchema } from '../../core/flow/schema.ts';
import type { NewReferral } from '../../core/referral/referral.ts';
import type { Database } from './tables.ts';

const ms = (n: number) => sql`(${n}::float8 * interval '1 millisecond')`;
const json = (value: unknown) => JSON.stringify(value);

/** The Postgres store; the same SQL runs on real Postgres and on embedded PGlite. */
/**
 * `bookkeeping` carries the writes a replay repairs (leases, delivery marks); on Postgres it is a
 * pool that commits without waiting for disk, which is most of the cost of a commit.
 */
export function newPgStore(db: Kysely<Database>, ids: Ids, bookkeeping: Kysely<Database> = db): Store {
  const inbox: Inbox = {
    async add(events: NewInboxEvent[]) {
      if (events.length === 0) return 0;
      const rows = await db
        .insertInto('inbox_events')
        .values(
          events.map((e) => ({
            webhook_event_id: e.webhookEventId,
            lane: e.lane,
            event_type: e.eventType,
            event_ts: e.eventTs,
            payload: json(e.payload),
          })),
        )
        .onConflict((oc) => oc.column('webhook_event_id').doNothing())
        .returning('id')
        .execute();
      return rows.length;
    },

    async claimLanes(owner, leaseMs, limit, orderWindowMs) {
      const result = await sql<{ lane: string }>`
        WITH oldest AS (
          -- The oldest ready events of lanes nobody holds, read along the index: under a backlog the
          -- claim costs the same as without one (grouping every pending row did not).
          SELECT e.lane, e.received_at
          FROM inbox_events e
          WHERE e.status = 'pending' AND e.received_at <= now() - ${ms(orderWindowMs)} AND e.not_before <= now()
            AND NOT EXISTS (SELECT 1 FROM inbox_lanes l WHERE l.lane = e.lane AND l.lease_until >= now())
          ORDER BY e.received_at
          LIMIT ${limit * 8}
        ), ready AS (
          SELECT lane, min(received_at) AS first FROM oldest GROUP BY lane ORDER BY first LIMIT ${limit}
        )
        INSERT INTO inbox_lanes (lane, lease_owner, lease_until)
        SELECT lane, ${owner}, now() + ${ms(leaseMs)} FROM ready
        ON CONFLICT (lane) DO UPDATE SET lease_owner = excluded.lease_owner, lease_until = excluded.lease_until
        WHERE inbox_lanes.lease_until < now()
        RETURNING lane`.execute(bookkeeping);
      return result.rows.map((r) => r.lane);
    },

    async pendingIn(lane, orderWindowMs) {
      const result = await sql<{
        id: string;
        webhook_event_id: string;
        lane: string;
        event_ts: number;
        received_at: Date;
        attempts: number;
        ready: boolean;
        payload: unknown;
      }>`
        SELECT id::text AS id, webhook_event_id, lane, event_ts::float8 AS event_ts, received_at, attempts,
               (not_before <= now() AND received_at <= now() - ${ms(orderWindowMs)}) AS ready, payload
        FROM inbox_events
        WHERE lane = ${lane} AND status = 'pending'
        ORDER BY event_ts, id
        LIMIT 100`.execute(db);
      return result.rows.map(
        (r): InboxEvent => ({
          id: r.id,
          webhookEventId: r.webhook_event_id,
          lane: r.lane,
          eventTs: Number(r.event_ts),
          receivedAt: new Date(r.received_at),
          attempts: r.attempts,
          ready: r.ready,
          payload: typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload,
        }),
      );
    },

    async extendLease(lane, owner, leaseMs) {
      const result = await sql`
        UPDATE inbox_lanes SET lease_until = now() + ${ms(leaseMs)}
        WHERE lane = ${lane} AND lease_owner = ${owner}`.execute(bookkeeping);
      return Number(result.numAffectedRows ?? 0) > 0;
    },

    async releaseLane(lane, owner) {
      await bookkeeping
        .deleteFrom('inbox_lanes')
        .where('lane', '=', lane)
        .where('lease_owner', '=', owner)
        .execute();
    },

    async recordFailure(inboxId, retryInMs) {
      const result = await sql<{ attempts: number }>`
        UPDATE inbox_events SET attempts = attempts + 1, not_before = now() + ${ms(retryInMs)}
        WHERE id = ${inboxId}::bigint RETURNING attempts`.execute(bookkeeping);
      return result.rows[0]?.attempts ?? 0;
    },

    async countPending() {
      const row = await db
        .selectFrom('inbox_events')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('status', '=', 'pending')
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };

  return {
    inbox,
    atomically: (work) => db.transaction().execute((trx) => work(newTx(trx, ids))),
    loadConversation: (lineUserId) => newTx(db, ids).loadConversation(lineUserId),
    commitTurn: (turn) => commitTurn(db, ids, turn),

    async unsentMessages(limit, olderThan) {
      const rows = await db
        .selectFrom('outbox')
        .select(['id', 'to_user', 'reply_token', 'event_at', 'messages', 'attempts'])
        .where('status', '=', 'pending')
        .where('created_at', '<', olderThan)
        .orderBy('created_at')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        to: r.to_user,
        replyToken: r.reply_token,
        eventAt: new Date(r.event_at),
        messages: parseJson(r.messages) as unknown[],
        attempts: r.attempts,
      }));
    },

    async markAttempt(id) {
      await bookkeeping
        .updateTable('outbox')
        .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
        .where('id', '=', id)
        .execute();
    },

    async dropReplyToken(id) {
      await bookkeeping.updateTable('outbox').set({ reply_token: null }).where('id', '=', id).execute();
    },

    async markSent(id, via) {
      // What was said is not kept once LINE has it.
      await bookkeeping
        .updateTable('outbox')
        .set({ status: 'sent', sent_via: via, sent_at: new Date(), messages: null })
        .where('id', '=', id)
        .execute();
    },

    async markUndeliverable(id, reason) {
      await bookkeeping
        .updateTable('outbox')
        .set({ status: 'undeliverable', failure: reason, messages: null })
        .where('id', '=', id)
        .execute();
    },

    async purgeExpired(before) {
      // Referrals keep what the resident consented to share; the conversation behind them goes too.
      // An unfollow starts the clock: it is the last touch (updated_at is set with unfollowed_at).
      const conversations = await db
        .deleteFrom('conversations')
        .where(sql<boolean>`coalesce(unfollowed_at, updated_at) < ${before}`)
        .executeTakeFirst();
      const inboxEvents = await db
        .deleteFrom('inbox_events')
        .where('status', '!=', 'pending')
        .where(sql<boolean>`coalesce(processed_at, received_at) < ${before}`)
        .executeTakeFirst();
      const outbox = await db.deleteFrom('outbox').where('created_at', '<', before).executeTakeFirst();
      return {
        conversations: Number(conversations.numDeletedRows),
        inboxEvents: Number(inboxEvents.numDeletedRows),
        outbox: Number(outbox.numDeletedRows),
      };
    },

    async ping() {
      await sql`SELECT 1`.execute(db);
    },

    async close() {
      await db.destroy();
      if (bookkeeping !== db) await bookkeeping.destroy();
    },
  };
}

function newTx(trx: Transaction<Database> | Kysely<Database>, ids: Ids): Tx {
  // The event that asked to be forgotten is still pending while forgetResident runs: finishEvent
  // then unlinks it from the resident too.
  let forgotten = false;
  return {
    async loadConversation(lineUserId) {
      const row = await trx
        .selectFrom('conversations')
        .select(['id', 'flow_id', 'flow_version', 'step_id', 'locale', 'data'])
        .where('line_user_id', '=', lineUserId)
        .executeTakeFirst();
      if (!row) return null;
      const parsed = ConversationStateSchema.safeParse({
        flowId: row.flow_id,
        flowVersion: row.flow_version,
        stepId: row.step_id,
        locale: row.locale,
        data: parseJson(row.data),
      });
      // A state we cannot read restarts the conversation gently instead of failing the resident.
      return { id: row.id, state: parsed.success ? parsed.data : null } satisfies StoredConversation;
    },

    async saveConversation(lineUserId, state: ConversationState) {
      const row = await upsertConversation(trx, lineUserId, state).executeTakeFirstOrThrow();
      return { id: row.id, state };
    },

    async markUnfollowed(lineUserId, at) {
      await trx
        .updateTable('conversations')
        .set({ unfollowed_at: at, updated_at: at })
        .where('line_user_id', '=', lineUserId)
        .execute();
    },

    async forgetResident(lineUserId) {
      forgotten = true;
      const now = new Date();
      await trx.deleteFrom('conversations').where('line_user_id', '=', lineUserId).execute();
      await trx
        .updateTable('referrals')
        .set({ line_user_id: null, words: null, contact_details: '{}', anonymised_at: now, updated_at: now })
        .where('line_user_id', '=', lineUserId)
        .execute();
      await trx
        .deleteFrom('outbox')
        .where('to_user', '=', lineUserId)
        .where('status', '!=', 'pending')
        .execute();
      await trx
        .updateTable('inbox_events')
        .set({ lane: 'forgotten', payload: null })
        .where('lane', '=', laneOf(lineUserId))
        .where('status', '!=', 'pending')
        .execute();
    },

    async createReferral(lineUserId, conversationId, r: NewReferral) {
      const row = await trx
        .insertInto('referrals')
        .values(referralRow(lineUserId, conversationId, r))
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: row.id };
    },

    async withdrawConsent(lineUserId, at) {
      const rows = await trx
        .updateTable('referrals')
        .set({
          status: 'withdrawn',
          withdrawn_at: at,
          line_user_id: null,
          words: null,
          contact_details: '{}',
          updated_at: at,
        })
        .where('line_user_id', '=', lineUserId)
        .where('status', '!=', 'withdrawn')
        .returning('id')
        .execute();
      const ids = rows.map((r) => r.id);
      if (ids.length === 0) return 0;
      // Staff messages not yet sent are not sent; what staff wrote to the resident is erased too.
      await trx
        .deleteFrom('outbox')
        .where('status', '=', 'pending')
        .where('id', 'in', trx.selectFrom('staff_messages').select('id').where('referral_id', 'in', ids))
        .execute();
      await trx.updateTable('staff_messages').set({ body: null }).where('referral_id', 'in', ids).execute();
      await trx
        .insertInto('referral_events')
        .values(ids.map((id) => ({ referral_id: id, kind: 'withdrawn' as const, status: 'withdrawn', at })))
        .execute();
      return ids.length;
    },

    async openStaffThread(lineUserId, since) {
      const row = await trx
        .selectFrom('referrals as r')
        .innerJoin('staff_messages as m', 'm.referral_id', 'r.id')
        .leftJoin('conversations as c', 'c.line_user_id', 'r.line_user_id')
        .select('r.id')
        // Only while staff spoke last: once the resident goes back to the bot (a button, a command),
        // their words are the bot's again.
        .where((eb) => eb.or([eb('c.updated_at', 'is', null), eb('m.at', '>', eb.ref('c.updated_at'))]))
        .where('r.line_user_id', '=', lineUserId)
        .where('r.contact_method', '=', 'line')
        .where('r.status', 'in', ['claimed', 'contacted'])
        .where('m.from_resident', '=', false)
        .where('m.at', '>=', since)
        .orderBy('m.at', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row?.id ?? null;
    },

    async recordResidentReply(referralId, text) {
      await trx
        .insertInto('staff_messages')
        .values({
          id: ids.uuid(),
          referral_id: referralId,
          account_id: null,
          body: text,
          from_resident: true,
        })
        .execute();
    },

    async enqueue(message) {
      const queued = toQueue(ids, message);
      await trx.insertInto('outbox').values(outboxRow(queued)).execute();
      return queued;
    },

    async finishEvent(inboxId: string, outcome: InboxOutcome, note: string) {
      await sql`
        UPDATE inbox_events
        SET status = ${outcome}, outcome = ${note}, processed_at = now(),
            lane = CASE WHEN ${forgotten} THEN 'forgotten' ELSE lane END,
            payload = CASE WHEN ${outcome} = 'failed' THEN payload ELSE NULL END
        WHERE id = ${inboxId}::bigint`.execute(trx);
    },
  };
}

function upsertConversation(db: Kysely<Database>, lineUserId: string, state: ConversationState) {
  const values = {
    flow_id: state.flowId,
    flow_version: state.flowVersion,
    step_id: state.stepId,
    locale: state.locale,
    data: json(state.data),
    updated_at: new Date(),
    unfollowed_at: null,
  };
  return db
    .insertInto('conversations')
    .values({ line_user_id: lineUserId, ...values })
    .onConflict((oc) => oc.column('line_user_id').doUpdateSet(values))
    .returning('id');
}

function referralRow(lineUserId: string, conversationId: string | RawBuilder<string>, r: NewReferral) {
  return {
    reference_code: r.referenceCode,
    line_user_id: lineUserId,
    conversation_id: conversationId,
    categories: r.categories,
    words: r.words,
    triage: json(r.triage),
    service_id: r.serviceId,
    coordinator_service_id: r.coordinatorServiceId,
    compound: r.compound,
    crisis: r.crisis,
    contact_method: r.contactMethod,
    contact_details: json(r.contactDetails),
    consent_text_version: r.consent.textVersion,
    consent_language: r.consent.language,
    consented_at: r.consent.at,
    locale: r.locale,
    created_at: r.consent.at,
    updated_at: r.consent.at,
  };
}

/** An outbox row about to be delivered: its first attempt is counted in the same commit. */
function toQueue(ids: Ids, message: Omit<OutboxMessage, 'id' | 'attempts'>): OutboxMessage {
  return { id: ids.uuid(), attempts: 0, attemptRecorded: true, ...message };
}

function outboxRow(m: OutboxMessage) {
  return {
    id: m.id,
    to_user: m.to,
    reply_token: m.replyToken,
    event_at: m.eventAt,
    messages: json(m.messages),
    // Counted now, in the same commit: delivery starts right after it, so a crash in between
    // leaves a row that says "maybe attempted" (which is what deliver() needs to know).
    attempts: 1,
  };
}

/**
 * The rows saveConversation, createReferral, enqueue and finishEvent write, as data-modifying CTEs
 * of one statement: atomic without BEGIN/COMMIT, so the turn costs one round trip and one commit.
 */
async function commitTurn(db: Kysely<Database>, ids: Ids, turn: Turn) {
  const { referral } = turn;
  const queued = turn.outbox.map((message) => toQueue(ids, message));
  const conversationId = sql<string>`(SELECT id FROM conversation)`;
  const referralCte = referral
    ? sql`, referral AS (${db
        .insertInto('referrals')
        .values(referralRow(turn.lineUserId, conversationId, referral))
        .returning('id')})`
    : sql``;
  const outboxCte =
    queued.length > 0 ? sql`, queued AS (${db.insertInto('outbox').values(queued.map(outboxRow))})` : sql``;
  const result = await sql<{ conversation_id: string; referral_id: string | null }>`
    WITH conversation AS (${upsertConversation(db, turn.lineUserId, turn.state)})${referralCte}${outboxCte},
    finished AS (
      UPDATE inbox_events SET status = 'done', outcome = ${turn.note}, processed_at = now(), payload = NULL
      WHERE id = ${turn.inboxId}::bigint
    )
    SELECT ${conversationId} AS conversation_id,
           ${referral ? sql`(SELECT id FROM referral)` : sql`NULL::uuid`} AS referral_id`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error('the turn statement returned no row');
  return { conversationId: row.conversation_id, referralId: row.referral_id, queued };
}

function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

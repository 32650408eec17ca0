import { type Kysely, sql, type Transaction } from 'kysely';
import { laneOf } from '../../app/lanes.ts';
import type {
  ClaimedLane,
  CommittedTurn,
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
      if (events.length === 0) return [];
      // One JSON parameter for the batch, as commitTurns does: the same short statement every time.
      const rows = events.map((e) => ({
        webhook_event_id: e.webhookEventId,
        lane: e.lane,
        event_type: e.eventType,
        event_ts: e.eventTs,
        payload: e.payload,
      }));
      const result = await sql<{ webhook_event_id: string }>`
        INSERT INTO inbox_events (webhook_event_id, lane, event_type, event_ts, payload)
        SELECT webhook_event_id, lane, event_type, event_ts, payload
        FROM jsonb_populate_recordset(NULL::inbox_events, ${json(rows)}::jsonb)
        ON CONFLICT (webhook_event_id) DO NOTHING
        RETURNING webhook_event_id`.execute(db);
      return result.rows.map((r) => r.webhook_event_id);
    },

    async claimBatch(owner, leaseMs, limit, orderWindowMs) {
      const claimed = await sql<{ lane: string }>`
        WITH oldest AS (${oldestReady(orderWindowMs, limit * 8)}), ready AS (
          SELECT lane, min(received_at) AS first FROM oldest GROUP BY lane ORDER BY first LIMIT ${limit}
        )
        -- In lane order, so two processes (or two of one's workers) claiming at once wait for each
        -- other's rows in the same order and never deadlock.
        INSERT INTO inbox_lanes (lane, lease_owner, lease_until)
        SELECT lane, ${owner}, now() + ${ms(leaseMs)} FROM ready ORDER BY lane
        ON CONFLICT (lane) DO UPDATE SET lease_owner = excluded.lease_owner, lease_until = excluded.lease_until
        WHERE inbox_lanes.lease_until < now()
        RETURNING lane`.execute(bookkeeping);
      if (claimed.rows.length === 0) return [];
      // A second statement, so its snapshot is taken after the lease: the lease may have been freed by
      // a process that committed these lanes' events a moment before, and one statement's snapshot
      // (taken before that commit) would show them pending still, to be handled twice.
      const result = await claimedLanes(
        claimed.rows.map((r) => r.lane),
        orderWindowMs,
      ).execute(db);
      const lanes = new Map<string, ClaimedLane>();
      for (const row of result.rows) {
        let lane = lanes.get(row.claimed);
        if (!lane) {
          lane = {
            lane: row.claimed,
            events: [],
            conversation: storedConversation(row),
            staffThread: row.staff_thread,
          };
          lanes.set(row.claimed, lane);
        }
        if (row.id !== null) lane.events.push(inboxEvent(row));
      }
      return [...lanes.values()];
    },

    async pendingIn(lane, orderWindowMs) {
      const result = await sql<EventRow>`
        SELECT ${eventColumns(orderWindowMs)}
        FROM inbox_events e
        WHERE e.lane = ${lane} AND e.status = 'pending'
        ORDER BY e.event_ts, e.id
        LIMIT 100`.execute(db);
      return result.rows.map(inboxEvent);
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
    commitTurns: (turns) => commitTurns(db, ids, turns),

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

    async recordDeliveries(deliveries, release) {
      if (deliveries.length === 0 && !release?.lanes.length) return;
      const rows = deliveries.map((d) => ({
        id: d.id,
        status: d.outcome,
        via: d.outcome === 'sent' ? d.via : null,
        failure: d.outcome === 'undeliverable' ? d.reason : null,
        spent: d.outcome === 'pending' && d.tokenSpent,
      }));
      const released = release?.lanes.length
        ? sql`, released AS (
            DELETE FROM inbox_lanes WHERE lane = ANY(${release.lanes}::text[]) AND lease_owner = ${release.owner}
          )`
        : sql``;
      // What was said is not kept once LINE has it (or never can have it).
      await sql`
        WITH d AS (
          SELECT * FROM jsonb_to_recordset(${json(rows)}::jsonb)
            AS d(id uuid, status text, via text, failure text, spent boolean)
        ), recorded AS (
          UPDATE outbox o SET
            status = d.status,
            sent_via = coalesce(d.via, o.sent_via),
            sent_at = CASE WHEN d.status = 'sent' THEN now() ELSE o.sent_at END,
            failure = coalesce(d.failure, o.failure),
            reply_token = CASE WHEN d.spent THEN NULL ELSE o.reply_token END,
            messages = CASE WHEN d.status = 'pending' THEN o.messages ELSE NULL END
          FROM d WHERE o.id = d.id
        )${released}
        SELECT 1`.execute(bookkeeping);
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
        .select(['id as conversation_id', 'flow_id', 'flow_version', 'step_id', 'locale', 'data'])
        .where('line_user_id', '=', lineUserId)
        .executeTakeFirst();
      return row ? storedConversation(row) : null;
    },

    async saveConversation(lineUserId, state: ConversationState) {
      const [row] = (await upsertConversations([[lineUserId, state]]).execute(trx)).rows;
      if (!row) throw new Error('the conversation was not saved');
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
      const [row] = (await insertReferrals([referralRow(lineUserId, conversationId, r)]).execute(trx)).rows;
      if (!row) throw new Error('the referral was not recorded');
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
      await insertOutbox([outboxRow(queued)]).execute(trx);
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

/**
 * Each resident's conversation saved: inserted, or updated to this state (one row per resident). The
 * rows travel as one JSON parameter; the statement returns each conversation's id and resident.
 */
function upsertConversations(states: [lineUserId: string, ConversationState][]) {
  const rows = states.map(([lineUserId, state]) => ({
    line_user_id: lineUserId,
    flow_id: state.flowId,
    flow_version: state.flowVersion,
    step_id: state.stepId,
    locale: state.locale,
    data: state.data,
  }));
  return sql<{ id: string; line_user_id: string }>`
    INSERT INTO conversations AS c (line_user_id, flow_id, flow_version, step_id, locale, data, updated_at, unfollowed_at)
    SELECT line_user_id, flow_id, flow_version, step_id, locale, data, ${new Date()}::timestamptz, NULL
    FROM jsonb_populate_recordset(NULL::conversations, ${json(rows)}::jsonb)
    ON CONFLICT (line_user_id) DO UPDATE SET
      flow_id = excluded.flow_id, flow_version = excluded.flow_version, step_id = excluded.step_id,
      locale = excluded.locale, data = excluded.data, updated_at = excluded.updated_at, unfollowed_at = NULL
    RETURNING c.id, c.line_user_id`;
}

function referralRow(lineUserId: string, conversationId: string | null, r: NewReferral) {
  return {
    reference_code: r.referenceCode,
    line_user_id: lineUserId,
    conversation_id: conversationId,
    categories: r.categories,
    words: r.words,
    triage: r.triage,
    service_id: r.serviceId,
    coordinator_service_id: r.coordinatorServiceId,
    compound: r.compound,
    crisis: r.crisis,
    contact_method: r.contactMethod,
    contact_details: r.contactDetails,
    consent_text_version: r.consent.textVersion,
    consent_language: r.consent.language,
    consented_at: r.consent.at,
    locale: r.locale,
    created_at: r.consent.at,
    updated_at: r.consent.at,
  };
}

/**
 * Referrals recorded from rows (`referralRow`), as one JSON parameter; each row's conversation is its
 * `conversation_id`, or, inside the batch statement, the one saved with it (`conversationOf`).
 */
function insertReferrals(
  rows: ReturnType<typeof referralRow>[],
  conversationOf = sql<string>`r.conversation_id`,
) {
  return sql<{ id: string; reference_code: string }>`
    INSERT INTO referrals (reference_code, line_user_id, conversation_id, categories, words, triage, service_id,
      coordinator_service_id, compound, crisis, contact_method, contact_details, consent_text_version,
      consent_language, consented_at, locale, created_at, updated_at)
    SELECT r.reference_code, r.line_user_id, ${conversationOf}, r.categories, r.words, r.triage, r.service_id,
      r.coordinator_service_id, r.compound, r.crisis, r.contact_method, r.contact_details, r.consent_text_version,
      r.consent_language, r.consented_at, r.locale, r.created_at, r.updated_at
    FROM jsonb_populate_recordset(NULL::referrals, ${json(rows)}::jsonb) AS r
    RETURNING id, reference_code`;
}

/** Outbox rows (`outboxRow`) recorded, as one JSON parameter. */
function insertOutbox(rows: ReturnType<typeof outboxRow>[]) {
  return sql`
    INSERT INTO outbox (id, to_user, reply_token, event_at, messages, attempts)
    SELECT id, to_user, reply_token, event_at, messages, attempts
    FROM jsonb_populate_recordset(NULL::outbox, ${json(rows)}::jsonb)`;
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
    messages: m.messages,
    // Counted now, in the same commit: delivery starts right after it, so a crash in between
    // leaves a row that says "maybe attempted" (which is what deliver() needs to know).
    attempts: 1,
  };
}

/**
 * The rows saveConversation, createReferral, enqueue and finishEvent write, for many turns, as
 * data-modifying CTEs of one statement: atomic without BEGIN/COMMIT, so a batch of turns costs one
 * round trip and one commit. Each table's rows travel as one JSON parameter, so the statement's text
 * is the same for every batch: Postgres parses and plans a few parameters, not a VALUES list of a
 * thousand (which cost it ~9 ms a batch of 60, more than the writes).
 */
async function commitTurns(db: Kysely<Database>, ids: Ids, turns: Turn[]): Promise<CommittedTurn[]> {
  if (turns.length === 0) return [];
  const queued = turns.map((turn) => turn.outbox.map((message) => toQueue(ids, message)));
  // One row per resident: the state after their last turn.
  const states = new Map(turns.map((t) => [t.lineUserId, t.state]));
  const referrals = turns.flatMap((t) => (t.referral ? [referralRow(t.lineUserId, null, t.referral)] : []));
  const savedWith = sql<string>`(SELECT id FROM conversation WHERE line_user_id = r.line_user_id)`;
  const finished = turns.map((t) => ({ id: t.inboxId, note: t.note }));
  const result = await sql<{ conversations: [string, string][]; referrals: [string, string][] | null }>`
    WITH conversation AS (${upsertConversations([...states])}),
    referral AS (${insertReferrals(referrals, savedWith)}),
    queued AS (${insertOutbox(queued.flat().map(outboxRow))}),
    finished AS (
      UPDATE inbox_events e SET status = 'done', outcome = f.note, processed_at = now(), payload = NULL
      FROM jsonb_to_recordset(${json(finished)}::jsonb) AS f(id bigint, note text)
      WHERE e.id = f.id
    )
    SELECT (SELECT json_agg(json_build_array(line_user_id, id)) FROM conversation) AS conversations,
           (SELECT json_agg(json_build_array(reference_code, id)) FROM referral) AS referrals`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error('the turn statement returned no row');
  const conversationIds = new Map(parseJson(row.conversations) as [string, string][]);
  const referralIds = new Map((parseJson(row.referrals) as [string, string][] | null) ?? []);
  return turns.map((turn, i) => ({
    conversationId: conversationIds.get(turn.lineUserId) as string,
    referralId: turn.referral ? (referralIds.get(turn.referral.referenceCode) ?? null) : null,
    queued: queued[i] ?? [],
  }));
}

/**
 * The oldest ready events of lanes nobody holds, read along the index: under a backlog the claim costs
 * the same as without one (grouping every pending row did not). On the bookkeeping pool the index is
 * read in order (`orderedScans`), which lets the claim step over handled events without a vacuum.
 */
export function oldestReady(orderWindowMs: number, limit: number) {
  return sql<{ lane: string; received_at: Date }>`
    SELECT e.lane, e.received_at
    FROM inbox_events e
    WHERE e.status = 'pending' AND e.received_at <= now() - ${ms(orderWindowMs)} AND e.not_before <= now()
      AND NOT EXISTS (SELECT 1 FROM inbox_lanes l WHERE l.lane = e.lane AND l.lease_until >= now())
    ORDER BY e.received_at
    LIMIT ${limit}`;
}

/**
 * The claimed lanes' pending events in order, each resident's conversation, and whether staff are
 * talking with them over LINE (a referral claimed or contacted).
 */
export function claimedLanes(lanes: string[], orderWindowMs: number) {
  return sql<EventRow & ConversationRow & { claimed: string; staff_thread: boolean }>`
    SELECT claimed.lane AS claimed, ${eventColumns(orderWindowMs)},
           c.id AS conversation_id, c.flow_id, c.flow_version, c.step_id, c.locale, c.data,
           staff.thread IS NOT NULL AS staff_thread
    FROM unnest(${lanes}::text[]) AS claimed(lane)
    LEFT JOIN inbox_events e ON e.lane = claimed.lane AND e.status = 'pending'
    LEFT JOIN conversations c ON claimed.lane LIKE 'user:%' AND c.line_user_id = substr(claimed.lane, 6)
    -- Looked up resident by resident along the index (LIMIT keeps it so): as an EXISTS, Postgres
    -- hashed every open referral instead, each claim (11–20 ms a claim with 10,000 open).
    LEFT JOIN LATERAL (
      SELECT true AS thread FROM referrals r
      WHERE r.line_user_id = substr(claimed.lane, 6) AND r.contact_method = 'line'
        AND r.status IN ('claimed', 'contacted')
      LIMIT 1
    ) staff ON true
    ORDER BY claimed.lane, e.event_ts, e.id`;
}

/** The columns of an inbox event, and whether it may be handled now. */
function eventColumns(orderWindowMs: number) {
  return sql`e.id::text AS id, e.webhook_event_id, e.lane, e.event_ts::float8 AS event_ts, e.received_at,
    e.attempts, (e.not_before <= now() AND e.received_at <= now() - ${ms(orderWindowMs)}) AS ready, e.payload`;
}

interface EventRow {
  id: string;
  webhook_event_id: string;
  lane: string;
  event_ts: number;
  received_at: Date;
  attempts: number;
  ready: boolean;
  payload: unknown;
}

function inboxEvent(r: EventRow): InboxEvent {
  return {
    id: r.id,
    webhookEventId: r.webhook_event_id,
    lane: r.lane,
    eventTs: Number(r.event_ts),
    receivedAt: new Date(r.received_at),
    attempts: r.attempts,
    ready: r.ready,
    payload: parseJson(r.payload),
  };
}

interface ConversationRow {
  conversation_id: string | null;
  flow_id: string | null;
  flow_version: number | null;
  step_id: string | null;
  locale: string | null;
  data: unknown;
}

function storedConversation(row: ConversationRow): StoredConversation | null {
  if (row.conversation_id === null) return null;
  const parsed = ConversationStateSchema.safeParse({
    flowId: row.flow_id,
    flowVersion: row.flow_version,
    stepId: row.step_id,
    locale: row.locale,
    data: parseJson(row.data),
  });
  // A state we cannot read restarts the conversation gently instead of failing the resident.
  return { id: row.conversation_id, state: parsed.success ? parsed.data : null };
}

function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

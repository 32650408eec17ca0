import { type Kysely, type Selectable, sql } from 'kysely';
import type { Ids, OutboxMessage } from '../../app/ports.ts';
import type {
  Account,
  AuditEntry,
  Outcome,
  QueueCursor,
  QueueFilters,
  QueueRow,
  ReferralDetail,
  ReferralStatus,
  Role,
  StaffStore,
  WeeklyCounts,
} from '../../app/staff/ports.ts';
import type { Database, ReferralsTable } from './tables.ts';

const OPEN = ['new', 'claimed', 'contacted'] as const;

function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

function toAccount(r: {
  id: string;
  email: string;
  role: Role;
  org_id: string | null;
  must_change_password: boolean;
}): Account {
  return {
    id: r.id,
    email: r.email,
    role: r.role,
    orgId: r.org_id,
    mustChangePassword: r.must_change_password,
  };
}

type SummaryColumns =
  | 'id'
  | 'reference_code'
  | 'service_id'
  | 'categories'
  | 'compound'
  | 'crisis'
  | 'status'
  | 'locale'
  | 'contact_method'
  | 'claimed_by'
  | 'created_at';

/** What the queue row and the case view both show of a referral. */
function toSummary(r: Pick<Selectable<ReferralsTable>, SummaryColumns>): Omit<QueueRow, 'cursor'> {
  return {
    id: r.id,
    referenceCode: r.reference_code,
    serviceId: r.service_id,
    categories: r.categories,
    compound: r.compound,
    crisis: r.crisis,
    status: r.status as ReferralStatus,
    locale: r.locale,
    contactMethod: r.contact_method,
    claimedBy: r.claimed_by,
    createdAt: new Date(r.created_at),
  };
}

/** Staff accounts, sessions, the referral queue and the audit log, in Postgres or PGlite. */
export function newPgStaffStore(db: Kysely<Database>, ids: Ids): StaffStore {
  return {
    async createAccount(a) {
      const row = await db
        .insertInto('staff_accounts')
        .values({
          email: a.email,
          password_hash: a.passwordHash,
          role: a.role,
          org_id: a.orgId,
          must_change_password: a.mustChangePassword ?? false,
        })
        .returning(['id', 'email', 'role', 'org_id', 'must_change_password'])
        .executeTakeFirstOrThrow();
      return toAccount(row);
    },

    async accountByEmail(email) {
      const row = await db
        .selectFrom('staff_accounts')
        .select(['id', 'email', 'role', 'org_id', 'must_change_password', 'password_hash'])
        .where(sql<string>`lower(email)`, '=', email.toLowerCase())
        .where('disabled_at', 'is', null)
        .executeTakeFirst();
      return row ? { ...toAccount(row), passwordHash: row.password_hash } : null;
    },

    async listAccounts() {
      const rows = await db
        .selectFrom('staff_accounts')
        .select(['id', 'email', 'role', 'org_id', 'must_change_password'])
        .where('disabled_at', 'is', null)
        .orderBy('email')
        .execute();
      return rows.map(toAccount);
    },

    async setPassword(accountId, passwordHash) {
      await db
        .updateTable('staff_accounts')
        .set({ password_hash: passwordHash, must_change_password: false })
        .where('id', '=', accountId)
        .execute();
    },

    async createSession(s) {
      // Expired sessions are swept whenever someone signs in.
      await db.deleteFrom('staff_sessions').where('expires_at', '<', new Date()).execute();
      await db
        .insertInto('staff_sessions')
        .values({
          token_hash: s.tokenHash,
          account_id: s.accountId,
          csrf_token: s.csrfToken,
          expires_at: s.expiresAt,
        })
        .execute();
    },

    async session(tokenHash, now) {
      const row = await db
        .selectFrom('staff_sessions as s')
        .innerJoin('staff_accounts as a', 'a.id', 's.account_id')
        .select(['a.id', 'a.email', 'a.role', 'a.org_id', 'a.must_change_password', 's.csrf_token'])
        .where('s.token_hash', '=', tokenHash)
        .where('s.expires_at', '>', now)
        .where('a.disabled_at', 'is', null)
        .executeTakeFirst();
      return row ? { account: toAccount(row), csrfToken: row.csrf_token } : null;
    },

    async deleteSession(tokenHash) {
      await db.deleteFrom('staff_sessions').where('token_hash', '=', tokenHash).execute();
    },

    async loginFailures(key, since) {
      const row = await db
        .selectFrom('staff_login_failures')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('key', '=', key)
        .where('at', '>', since)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async recordLoginFailure(key) {
      await db.insertInto('staff_login_failures').values({ key }).execute();
    },

    async queue(scope, f, after, limit) {
      const rows = await queueQuery(db, scope, f, after, limit).execute();
      return rows.map(
        (r): QueueRow => ({
          ...toSummary(r),
          cursor: { rank: r.queue_rank, createdAt: r.cursor_at, id: r.id },
        }),
      );
    },

    async referral(id) {
      if (!isUuid(id)) return null;
      const r = await db.selectFrom('referrals').selectAll().where('id', '=', id).executeTakeFirst();
      if (!r) return null;
      return {
        ...toSummary(r),
        words: r.words,
        triage: parseJson(r.triage),
        coordinatorServiceId: r.coordinator_service_id,
        contactDetails: (parseJson(r.contact_details) ?? {}) as { phone?: string },
        hasLineContact: r.contact_method === 'line' && r.line_user_id !== null,
        consent: {
          textVersion: r.consent_text_version,
          language: r.consent_language,
          at: new Date(r.consented_at),
        },
        claimedAt: r.claimed_at ? new Date(r.claimed_at) : null,
        closedAt: r.closed_at ? new Date(r.closed_at) : null,
        outcome: r.outcome as Outcome | null,
        withdrawnAt: r.withdrawn_at ? new Date(r.withdrawn_at) : null,
        anonymised: r.anonymised_at !== null,
      } satisfies ReferralDetail;
    },

    async events(referralId) {
      const rows = await db
        .selectFrom('referral_events as e')
        .leftJoin('staff_accounts as a', 'a.id', 'e.account_id')
        .select([
          'e.kind',
          'e.at',
          'a.email',
          'e.status',
          'e.outcome',
          'e.from_service',
          'e.to_service',
          'e.body',
        ])
        .where('e.referral_id', '=', referralId)
        .orderBy('e.at')
        .orderBy('e.id')
        .execute();
      return rows.map((r) => ({
        kind: r.kind,
        at: new Date(r.at),
        accountEmail: r.email,
        status: r.status,
        outcome: r.outcome,
        fromService: r.from_service,
        toService: r.to_service,
        body: r.body,
      }));
    },

    async thread(referralId) {
      const rows = await db
        .selectFrom('staff_messages as m')
        .leftJoin('staff_accounts as a', 'a.id', 'm.account_id')
        .leftJoin('outbox as o', 'o.id', 'm.id')
        .select(['m.at', 'a.email', 'm.body', 'o.status', 'm.from_resident'])
        .where('m.referral_id', '=', referralId)
        .orderBy('m.at')
        .execute();
      return rows.map((r) => ({
        at: new Date(r.at),
        accountEmail: r.email,
        body: r.body,
        delivery: r.from_resident ? 'received' : (r.status ?? 'unknown'),
        fromResident: r.from_resident,
      }));
    },

    change(referralId, accountId, change) {
      return db.transaction().execute(async (trx) => {
        const set = change.set;
        const now = new Date();
        const updated = await trx
          .updateTable('referrals')
          .set({
            updated_at: now,
            ...(set.status !== undefined ? { status: set.status } : {}),
            ...(set.claimedBy !== undefined ? { claimed_by: set.claimedBy } : {}),
            ...(set.claimedAt !== undefined ? { claimed_at: set.claimedAt } : {}),
            ...(set.closedAt !== undefined ? { closed_at: set.closedAt } : {}),
            ...(set.outcome !== undefined ? { outcome: set.outcome } : {}),
            ...(set.serviceId !== undefined ? { service_id: set.serviceId } : {}),
          })
          .where('id', '=', referralId)
          .where('status', 'in', change.from)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) return false;
        const e = change.event;
        await trx
          .insertInto('referral_events')
          .values({
            referral_id: referralId,
            account_id: accountId,
            kind: e.kind as 'claim',
            status: e.status,
            outcome: e.outcome,
            from_service: e.fromService,
            to_service: e.toService,
            body: e.body,
          })
          .execute();
        return true;
      });
    },

    async addNote(referralId, accountId, body) {
      await db
        .insertInto('referral_events')
        .values({ referral_id: referralId, account_id: accountId, kind: 'note', body })
        .execute();
    },

    queueMessage(referralId, accountId, body, lineMessages) {
      return db.transaction().execute(async (trx): Promise<OutboxMessage | null> => {
        // Locked so a withdrawal arriving now either comes first (no message) or waits for this one.
        const r = await trx
          .selectFrom('referrals')
          .select(['line_user_id', 'status', 'contact_method'])
          .where('id', '=', referralId)
          .forUpdate()
          .executeTakeFirst();
        if (!r?.line_user_id || r.contact_method !== 'line' || !OPEN.includes(r.status as 'new')) return null;
        const id = ids.uuid();
        const eventAt = new Date();
        await trx
          .insertInto('outbox')
          .values({
            id,
            to_user: r.line_user_id,
            reply_token: null,
            event_at: eventAt,
            messages: JSON.stringify(lineMessages),
          })
          .execute();
        await trx
          .insertInto('staff_messages')
          .values({ id, referral_id: referralId, account_id: accountId, body })
          .execute();
        return { id, to: r.line_user_id, replyToken: null, eventAt, messages: lineMessages, attempts: 0 };
      });
    },

    async audit(entry) {
      await db
        .insertInto('staff_audit')
        .values({
          account_id: entry.accountId,
          referral_id: entry.referralId,
          action: entry.action,
          detail: JSON.stringify(entry.detail ?? {}),
        })
        .execute();
    },

    async auditLog(before, limit) {
      let q = db
        .selectFrom('staff_audit as l')
        .leftJoin('staff_accounts as a', 'a.id', 'l.account_id')
        .select([
          sql<string>`l.id::text`.as('id'),
          'l.at',
          'a.email',
          'l.referral_id',
          'l.action',
          'l.detail',
        ]);
      if (before && /^\d+$/.test(before)) q = q.where('l.id', '<', before);
      const rows = await q.orderBy('l.id', 'desc').limit(limit).execute();
      return rows.map(
        (r): AuditEntry => ({
          id: r.id,
          at: new Date(r.at),
          accountEmail: r.email,
          referralId: r.referral_id,
          action: r.action,
          detail: (parseJson(r.detail) ?? {}) as Record<string, unknown>,
        }),
      );
    },

    async weekly(weeks, now) {
      const since = new Date(now.getTime() - weeks * 7 * 86_400_000);
      const week = (column: string) =>
        sql<string>`to_char(date_trunc('week', ${sql.ref(column)}), 'YYYY-MM-DD')`;
      const [conversations, referrals, categories, languages] = await Promise.all([
        db
          .selectFrom('conversations')
          .select([week('created_at').as('week'), (eb) => eb.fn.countAll<string>().as('n')])
          .where('created_at', '>=', since)
          .groupBy(sql`1`)
          .execute(),
        db
          .selectFrom('referrals')
          .select([
            week('created_at').as('week'),
            (eb) => eb.fn.countAll<string>().as('n'),
            sql<string>`count(*) FILTER (WHERE compound)`.as('compound'),
            sql<string>`count(*) FILTER (WHERE status = 'withdrawn')`.as('withdrawn'),
            sql<
              number | null
            >`percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM claimed_at - created_at) / 60)`.as(
              'median',
            ),
          ])
          .where('created_at', '>=', since)
          .groupBy(sql`1`)
          .execute(),
        sql<{ week: string; key: string; n: string }>`
          SELECT to_char(date_trunc('week', created_at), 'YYYY-MM-DD') AS week, c AS key, count(*) AS n
          FROM referrals, unnest(categories) AS c WHERE created_at >= ${since} GROUP BY 1, 2`.execute(db),
        sql<{ week: string; key: string; n: string }>`
          SELECT to_char(date_trunc('week', created_at), 'YYYY-MM-DD') AS week, locale AS key, count(*) AS n
          FROM referrals WHERE created_at >= ${since} GROUP BY 1, 2`.execute(db),
      ]);
      const byWeek = new Map<string, WeeklyCounts>();
      const get = (w: string) => {
        let row = byWeek.get(w);
        if (!row) {
          row = {
            week: w,
            concerns: 0,
            referrals: 0,
            compound: 0,
            withdrawn: 0,
            medianMinutesToClaim: null,
            byCategory: {},
            byLanguage: {},
          };
          byWeek.set(w, row);
        }
        return row;
      };
      for (const r of conversations) get(r.week).concerns = Number(r.n);
      for (const r of referrals) {
        const row = get(r.week);
        row.referrals = Number(r.n);
        row.compound = Number(r.compound);
        row.withdrawn = Number(r.withdrawn);
        row.medianMinutesToClaim = r.median === null ? null : Math.round(Number(r.median));
      }
      for (const r of categories.rows) get(r.week).byCategory[r.key] = Number(r.n);
      for (const r of languages.rows) get(r.week).byLanguage[r.key] = Number(r.n);
      return [...byWeek.values()].sort((a, b) => a.week.localeCompare(b.week));
    },
  };
}

function isUuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}

/** The queue page query: keyset order (queue_rank, created_at, id), served by the partial queue indexes. */
export function queueQuery(
  db: Kysely<Database>,
  scope: { serviceId: string | null },
  f: QueueFilters,
  after: QueueCursor | null,
  limit: number,
) {
  let q = db.selectFrom('referrals').select([
    'id',
    'reference_code',
    'service_id',
    'categories',
    'compound',
    'crisis',
    'status',
    'locale',
    'contact_method',
    'claimed_by',
    'created_at',
    'queue_rank',
    // Microseconds kept: a cursor cut to milliseconds would repeat rows on the next page.
    sql<string>`to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('cursor_at'),
  ]);
  if (scope.serviceId !== null) q = q.where('service_id', '=', scope.serviceId);
  if (f.serviceId) q = q.where('service_id', '=', f.serviceId);
  // Literal, not parameters: the planner matches it to the partial queue indexes.
  if (f.status === 'open') q = q.where(sql<boolean>`status IN ('new', 'claimed', 'contacted')`);
  else if (f.status !== 'all') q = q.where('status', '=', f.status);
  if (f.category) q = q.where(sql<boolean>`categories @> ARRAY[${f.category}]::text[]`);
  if (f.language) q = q.where('locale', '=', f.language);
  if (f.compound) q = q.where('compound', '=', true);
  if (f.referenceCode) q = q.where('reference_code', '=', f.referenceCode);
  if (after) {
    q = q.where(
      sql<boolean>`(queue_rank, created_at, id) > (${after.rank}, ${after.createdAt}::timestamptz, ${after.id}::uuid)`,
    );
  }
  return q.orderBy('queue_rank').orderBy('created_at').orderBy('id').limit(limit);
}

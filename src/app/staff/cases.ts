import type { Logger, OutboxMessage } from '../ports.ts';
import type {
  Account,
  Outcome,
  QueueCursor,
  QueueFilters,
  QueueRow,
  ReferralDetail,
  ReferralStatus,
  StaffStore,
} from './ports.ts';

export type CaseErrorCode = 'not_found' | 'conflict' | 'invalid' | 'unreachable';

/** A use case refused: the edge maps the code to a status. */
export class CaseError extends Error {
  readonly code: CaseErrorCode;
  constructor(code: CaseErrorCode, detail: string) {
    super(`${code}: ${detail}`);
    this.code = code;
  }
}

export interface CaseServices {
  store: StaffStore;
  log: Logger;
  /** Window ids of the directory: where a referral may be transferred. */
  serviceIds: ReadonlySet<string>;
  /** Hands a queued message to LINE (reply/push semantics of the bot's outbox). */
  deliver(message: OutboxMessage): Promise<void>;
  /** The LINE message a staff text becomes, signed with the window's name. */
  lineMessages(serviceId: string, locale: string, body: string): unknown[];
}

export const PAGE_SIZE = 50;

/** Staff see their window; coordinators every window; admins run accounts and read the audit. */
export function canWorkCases(account: Account): boolean {
  return account.role === 'staff' || account.role === 'coordinator';
}

function scopeOf(account: Account): { serviceId: string | null } {
  return { serviceId: account.role === 'coordinator' ? null : account.orgId };
}

export async function listQueue(
  s: CaseServices,
  account: Account,
  filters: QueueFilters,
  after: QueueCursor | null,
): Promise<{ rows: QueueRow[]; next: QueueCursor | null }> {
  if (!canWorkCases(account)) throw new CaseError('not_found', 'no queue for this role');
  const rows = await s.store.queue(scopeOf(account), filters, after, PAGE_SIZE + 1);
  await s.store.audit({
    accountId: account.id,
    referralId: null,
    action: 'view_queue',
    detail: { status: filters.status, page: after ? 'next' : 'first' },
  });
  const page = rows.slice(0, PAGE_SIZE);
  return { rows: page, next: rows.length > PAGE_SIZE ? (page.at(-1)?.cursor ?? null) : null };
}

/** The referral if this account may see it; otherwise not found, whether or not it exists. */
async function visible(s: CaseServices, account: Account, id: string): Promise<ReferralDetail> {
  const referral = canWorkCases(account) ? await s.store.referral(id) : null;
  if (!referral) throw new CaseError('not_found', 'no such referral');
  const { serviceId } = scopeOf(account);
  if (serviceId !== null && referral.serviceId !== serviceId)
    throw new CaseError('not_found', 'other window');
  return referral;
}

export async function openCase(s: CaseServices, account: Account, id: string) {
  const referral = await visible(s, account, id);
  await s.store.audit({ accountId: account.id, referralId: id, action: 'view_case' });
  const [events, thread] = await Promise.all([s.store.events(id), s.store.thread(id)]);
  return { referral, events, thread };
}

export type CaseAction =
  | { type: 'claim' }
  | { type: 'release' }
  | { type: 'contacted' }
  | { type: 'close'; outcome: Outcome }
  | { type: 'reopen' }
  | { type: 'transfer'; serviceId: string; reason: string }
  | { type: 'note'; body: string }
  | { type: 'message'; body: string };

const OPEN: readonly ReferralStatus[] = ['new', 'claimed', 'contacted'];

export async function act(s: CaseServices, account: Account, id: string, action: CaseAction): Promise<void> {
  const referral = await visible(s, account, id);
  const now = new Date();
  const change = async (ok: boolean) => {
    if (!ok) throw new CaseError('conflict', `${action.type} not possible in status ${referral.status}`);
  };
  switch (action.type) {
    case 'claim':
      await change(
        await s.store.change(id, account.id, {
          from: ['new'],
          set: { status: 'claimed', claimedBy: account.id, claimedAt: now },
          event: {
            kind: 'claim',
            status: 'claimed',
            outcome: null,
            fromService: null,
            toService: null,
            body: null,
          },
        }),
      );
      break;
    case 'release':
      await change(
        await s.store.change(id, account.id, {
          from: ['claimed', 'contacted'],
          set: { status: 'new', claimedBy: null, claimedAt: null },
          event: {
            kind: 'release',
            status: 'new',
            outcome: null,
            fromService: null,
            toService: null,
            body: null,
          },
        }),
      );
      break;
    case 'contacted':
      await change(
        await s.store.change(id, account.id, {
          from: ['claimed'],
          set: { status: 'contacted' },
          event: {
            kind: 'status',
            status: 'contacted',
            outcome: null,
            fromService: null,
            toService: null,
            body: null,
          },
        }),
      );
      break;
    case 'close':
      await change(
        await s.store.change(id, account.id, {
          from: ['claimed', 'contacted'],
          set: { status: 'closed', closedAt: now, outcome: action.outcome },
          event: {
            kind: 'status',
            status: 'closed',
            outcome: action.outcome,
            fromService: null,
            toService: null,
            body: null,
          },
        }),
      );
      break;
    case 'reopen':
      await change(
        await s.store.change(id, account.id, {
          from: ['closed'],
          set: { status: 'new', closedAt: null, outcome: null, claimedBy: null, claimedAt: null },
          event: {
            kind: 'status',
            status: 'new',
            outcome: null,
            fromService: null,
            toService: null,
            body: null,
          },
        }),
      );
      break;
    case 'transfer': {
      if (!s.serviceIds.has(action.serviceId) || action.serviceId === referral.serviceId)
        throw new CaseError('invalid', 'transfer needs another window of the directory');
      if (action.reason.trim() === '') throw new CaseError('invalid', 'transfer needs a reason');
      // A transferred referral waits, unclaimed, in the new window's queue.
      await change(
        await s.store.change(id, account.id, {
          from: OPEN,
          set: { serviceId: action.serviceId, status: 'new', claimedBy: null, claimedAt: null },
          event: {
            kind: 'transfer',
            status: 'new',
            outcome: null,
            fromService: referral.serviceId,
            toService: action.serviceId,
            body: action.reason.trim(),
          },
        }),
      );
      break;
    }
    case 'note':
      if (action.body.trim() === '') throw new CaseError('invalid', 'empty note');
      await s.store.addNote(id, account.id, action.body.trim());
      break;
    case 'message': {
      if (action.body.trim() === '') throw new CaseError('invalid', 'empty message');
      if (!OPEN.includes(referral.status) || !referral.hasLineContact)
        throw new CaseError('unreachable', 'the resident did not choose LINE contact or withdrew');
      const queued = await s.store.queueMessage(
        id,
        account.id,
        action.body.trim(),
        s.lineMessages(referral.serviceId, referral.locale, action.body.trim()),
      );
      if (!queued) throw new CaseError('unreachable', 'the resident can no longer be reached');
      s.log.info('staff_message_queued', { referral: id, outbox: queued.id });
      await s.deliver(queued);
      break;
    }
  }
  await s.store.audit({
    accountId: account.id,
    referralId: id,
    action: action.type,
    detail:
      action.type === 'close'
        ? { outcome: action.outcome }
        : action.type === 'transfer'
          ? { from: referral.serviceId, to: action.serviceId }
          : {},
  });
}

import type { Logger, OutboxMessage } from '../ports.ts';
import type {
  Account,
  Outcome,
  QueueCursor,
  QueueFilters,
  QueueRow,
  ReferralChange,
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

/** The event a change records: kind and status, plus only the fields that change touches. */
function changeEvent(
  kind: string,
  status: ReferralStatus,
  extra: Partial<ReferralChange['event']> = {},
): ReferralChange['event'] {
  return { kind, status, outcome: null, fromService: null, toService: null, body: null, ...extra };
}

export async function act(s: CaseServices, account: Account, id: string, action: CaseAction): Promise<void> {
  const referral = await visible(s, account, id);
  const now = new Date();
  const apply = async (change: ReferralChange) => {
    if (!(await s.store.change(id, account.id, change)))
      throw new CaseError('conflict', `${action.type} not possible in status ${referral.status}`);
  };
  switch (action.type) {
    case 'claim':
      await apply({
        from: ['new'],
        set: { status: 'claimed', claimedBy: account.id, claimedAt: now },
        event: changeEvent('claim', 'claimed'),
      });
      break;
    case 'release':
      await apply({
        from: ['claimed', 'contacted'],
        set: { status: 'new', claimedBy: null, claimedAt: null },
        event: changeEvent('release', 'new'),
      });
      break;
    case 'contacted':
      await apply({
        from: ['claimed'],
        set: { status: 'contacted' },
        event: changeEvent('status', 'contacted'),
      });
      break;
    case 'close':
      await apply({
        from: ['claimed', 'contacted'],
        set: { status: 'closed', closedAt: now, outcome: action.outcome },
        event: changeEvent('status', 'closed', { outcome: action.outcome }),
      });
      break;
    case 'reopen':
      await apply({
        from: ['closed'],
        set: { status: 'new', closedAt: null, outcome: null, claimedBy: null, claimedAt: null },
        event: changeEvent('status', 'new'),
      });
      break;
    case 'transfer': {
      if (!s.serviceIds.has(action.serviceId) || action.serviceId === referral.serviceId)
        throw new CaseError('invalid', 'transfer needs another window of the directory');
      if (action.reason.trim() === '') throw new CaseError('invalid', 'transfer needs a reason');
      // A transferred referral waits, unclaimed, in the new window's queue.
      await apply({
        from: OPEN,
        set: { serviceId: action.serviceId, status: 'new', claimedBy: null, claimedAt: null },
        event: changeEvent('transfer', 'new', {
          fromService: referral.serviceId,
          toService: action.serviceId,
          body: action.reason.trim(),
        }),
      });
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

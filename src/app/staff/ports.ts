import type { OutboxMessage } from '../ports.ts';

export const ROLES = ['staff', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const OPEN_STATUSES = ['new', 'claimed', 'contacted'] as const;
export const STATUSES = ['new', 'claimed', 'contacted', 'closed', 'withdrawn'] as const;
export type ReferralStatus = (typeof STATUSES)[number];
export const OUTCOMES = ['resolved', 'referred_elsewhere', 'unreachable', 'declined'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface Account {
  id: string;
  email: string;
  role: Role;
  /** The window (directory service id) a `staff` account works for. */
  orgId: string | null;
  /** Signed in with a one-time password: may do nothing but choose a new one. */
  mustChangePassword: boolean;
}

export interface QueueFilters {
  /** `open` = new, claimed or contacted. */
  status: ReferralStatus | 'open' | 'all';
  category: string | null;
  serviceId: string | null;
  language: string | null;
  compound: boolean;
  referenceCode: string | null;
}

/** Where the next page starts: the last row's sort key. */
export interface QueueCursor {
  rank: number;
  createdAt: string;
  id: string;
}

export interface QueueRow {
  id: string;
  referenceCode: string;
  serviceId: string;
  categories: string[];
  compound: boolean;
  crisis: string | null;
  status: ReferralStatus;
  locale: string;
  contactMethod: string;
  claimedBy: string | null;
  createdAt: Date;
  cursor: QueueCursor;
}

export interface ReferralDetail extends Omit<QueueRow, 'cursor'> {
  words: string | null;
  triage: unknown;
  coordinatorServiceId: string | null;
  contactDetails: { phone?: string };
  hasLineContact: boolean;
  consent: { textVersion: string; language: string; at: Date };
  claimedAt: Date | null;
  closedAt: Date | null;
  outcome: Outcome | null;
  withdrawnAt: Date | null;
  anonymised: boolean;
}

export interface ReferralEvent {
  kind: string;
  at: Date;
  accountEmail: string | null;
  status: string | null;
  outcome: string | null;
  fromService: string | null;
  toService: string | null;
  body: string | null;
}

export interface ThreadMessage {
  at: Date;
  /** null for the resident's own replies. */
  accountEmail: string | null;
  body: string | null;
  delivery: 'pending' | 'sent' | 'undeliverable' | 'unknown' | 'received';
  fromResident: boolean;
}

export interface AuditEntry {
  id: string;
  at: Date;
  accountEmail: string | null;
  referralId: string | null;
  action: string;
  detail: Record<string, unknown>;
}

export interface WeeklyCounts {
  week: string;
  concerns: number;
  referrals: number;
  compound: number;
  withdrawn: number;
  /** Median minutes from referral to claim, for referrals claimed. */
  medianMinutesToClaim: number | null;
  byCategory: Record<string, number>;
  byLanguage: Record<string, number>;
}

/** A change to a referral, applied only if the referral is still in `from` status. */
export interface ReferralChange {
  from: readonly ReferralStatus[];
  set: {
    status?: ReferralStatus;
    claimedBy?: string | null;
    claimedAt?: Date | null;
    closedAt?: Date | null;
    outcome?: Outcome | null;
    serviceId?: string;
  };
  event: Omit<ReferralEvent, 'at' | 'accountEmail'>;
}

export interface StaffStore {
  createAccount(a: {
    email: string;
    passwordHash: string;
    role: Role;
    orgId: string | null;
    mustChangePassword?: boolean;
  }): Promise<Account>;
  setPassword(accountId: string, passwordHash: string): Promise<void>;
  accountByEmail(email: string): Promise<(Account & { passwordHash: string }) | null>;
  listAccounts(): Promise<Account[]>;

  createSession(s: {
    tokenHash: string;
    accountId: string;
    csrfToken: string;
    expiresAt: Date;
  }): Promise<void>;
  session(tokenHash: string, now: Date): Promise<{ account: Account; csrfToken: string } | null>;
  deleteSession(tokenHash: string): Promise<void>;

  loginFailures(key: string, since: Date): Promise<number>;
  recordLoginFailure(key: string): Promise<void>;

  queue(
    scope: { serviceId: string | null },
    filters: QueueFilters,
    after: QueueCursor | null,
    limit: number,
  ): Promise<QueueRow[]>;
  referral(id: string): Promise<ReferralDetail | null>;
  events(referralId: string): Promise<ReferralEvent[]>;
  thread(referralId: string): Promise<ThreadMessage[]>;
  /** Applies the change and records its event together; false when the referral moved on meanwhile. */
  change(referralId: string, accountId: string, change: ReferralChange): Promise<boolean>;
  addNote(referralId: string, accountId: string, body: string): Promise<void>;
  /** Records a staff message and its outbox row together; null when the resident can no longer be reached. */
  queueMessage(
    referralId: string,
    accountId: string,
    body: string,
    lineMessages: unknown[],
  ): Promise<OutboxMessage | null>;

  audit(entry: {
    accountId: string | null;
    referralId: string | null;
    action: string;
    detail?: Record<string, unknown>;
  }): Promise<void>;
  auditLog(before: string | null, limit: number): Promise<AuditEntry[]>;

  weekly(weeks: number, now: Date): Promise<WeeklyCounts[]>;
}

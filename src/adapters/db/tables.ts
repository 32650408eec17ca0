import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;

export interface InboxEventsTable {
  id: Generated<string>;
  webhook_event_id: string;
  lane: string;
  event_type: string;
  event_ts: number;
  payload: Json | null;
  status: Generated<'pending' | 'done' | 'skipped' | 'failed'>;
  attempts: Generated<number>;
  not_before: Timestamp;
  outcome: string | null;
  received_at: Timestamp;
  processed_at: Timestamp | null;
}

export interface InboxLanesTable {
  lane: string;
  lease_owner: string;
  lease_until: Timestamp;
}

export interface ConversationsTable {
  id: Generated<string>;
  line_user_id: string;
  flow_id: string;
  flow_version: number;
  step_id: string;
  locale: string | null;
  data: Json;
  created_at: Timestamp;
  updated_at: Timestamp;
  unfollowed_at: Timestamp | null;
}

export interface ReferralsTable {
  id: Generated<string>;
  reference_code: string;
  line_user_id: string | null;
  conversation_id: string | null;
  categories: string[];
  words: string | null;
  triage: Json | null;
  service_id: string;
  coordinator_service_id: string | null;
  compound: boolean;
  crisis: string | null;
  contact_method: 'line' | 'phone' | 'visit';
  contact_details: Json;
  consent_text_version: string;
  consent_language: string;
  consented_at: Timestamp;
  locale: string;
  status: Generated<string>;
  anonymised_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  claimed_by: string | null;
  claimed_at: Timestamp | null;
  closed_at: Timestamp | null;
  outcome: string | null;
  withdrawn_at: Timestamp | null;
  queue_rank: ColumnType<number, never, never>;
}

export interface OutboxTable {
  id: string;
  to_user: string;
  reply_token: string | null;
  event_at: Timestamp;
  messages: Json | null;
  status: Generated<'pending' | 'sent' | 'undeliverable'>;
  attempts: Generated<number>;
  sent_via: string | null;
  failure: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

export interface SchemaMigrationsTable {
  name: string;
  applied_at: Timestamp;
}

export interface StaffAccountsTable {
  id: Generated<string>;
  email: string;
  password_hash: string;
  role: 'staff' | 'coordinator' | 'admin';
  org_id: string | null;
  created_at: Generated<Date>;
  disabled_at: Timestamp | null;
  must_change_password: Generated<boolean>;
}

export interface StaffSessionsTable {
  token_hash: string;
  account_id: string;
  csrf_token: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
}

export interface StaffLoginFailuresTable {
  id: Generated<string>;
  key: string;
  at: Generated<Date>;
}

export interface ReferralEventsTable {
  id: Generated<string>;
  referral_id: string;
  account_id: string | null;
  kind: 'claim' | 'release' | 'status' | 'transfer' | 'note' | 'withdrawn';
  status: string | null;
  outcome: string | null;
  from_service: string | null;
  to_service: string | null;
  body: string | null;
  at: Generated<Date>;
}

export interface StaffMessagesTable {
  id: string;
  referral_id: string;
  account_id: string | null;
  body: string | null;
  from_resident: Generated<boolean>;
  at: Generated<Date>;
}

export interface StaffAuditTable {
  id: Generated<string>;
  at: Generated<Date>;
  account_id: string | null;
  referral_id: string | null;
  action: string;
  detail: Json;
}

export interface Database {
  inbox_events: InboxEventsTable;
  inbox_lanes: InboxLanesTable;
  conversations: ConversationsTable;
  referrals: ReferralsTable;
  outbox: OutboxTable;
  schema_migrations: SchemaMigrationsTable;
  staff_accounts: StaffAccountsTable;
  staff_sessions: StaffSessionsTable;
  staff_login_failures: StaffLoginFailuresTable;
  referral_events: ReferralEventsTable;
  staff_messages: StaffMessagesTable;
  staff_audit: StaffAuditTable;
}

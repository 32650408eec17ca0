-- Staff who pick up referrals: accounts, sessions, login attempts, what happened to each referral, audit.

-- A referral the resident withdrew consent for keeps its place in the statistics, nothing else.
ALTER TABLE referrals ADD CONSTRAINT referrals_status_check
  CHECK (status IN ('new', 'claimed', 'contacted', 'closed', 'withdrawn'));
ALTER TABLE referrals ADD COLUMN claimed_by uuid;
ALTER TABLE referrals ADD COLUMN claimed_at timestamptz;
ALTER TABLE referrals ADD COLUMN closed_at timestamptz;
ALTER TABLE referrals ADD COLUMN outcome text
  CHECK (outcome IN ('resolved', 'referred_elsewhere', 'unreachable', 'declined'));
ALTER TABLE referrals ADD COLUMN withdrawn_at timestamptz;
-- The queue's order: urgent (a crisis was seen) first, then unclaimed, then oldest.
ALTER TABLE referrals ADD COLUMN queue_rank smallint GENERATED ALWAYS AS (
  (CASE WHEN crisis IS NOT NULL THEN 0 ELSE 2 END) + (CASE WHEN status = 'new' THEN 0 ELSE 1 END)
) STORED;
CREATE INDEX referrals_queue_window ON referrals (service_id, queue_rank, created_at, id)
  WHERE status IN ('new', 'claimed', 'contacted');
CREATE INDEX referrals_queue_all ON referrals (queue_rank, created_at, id)
  WHERE status IN ('new', 'claimed', 'contacted');
-- Any other status filter (closed, withdrawn, all) still walks the queue order without sorting.
CREATE INDEX referrals_queue_any ON referrals (queue_rank, created_at, id);

CREATE TABLE staff_accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('staff', 'coordinator', 'admin')),
  org_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  disabled_at timestamptz,
  -- Set for a password the CLI printed: it is for the first sign-in only.
  must_change_password boolean NOT NULL DEFAULT false,
  CHECK (role <> 'staff' OR org_id IS NOT NULL)
);
CREATE UNIQUE INDEX staff_accounts_email ON staff_accounts (lower(email));

-- Only a hash of the session token is stored: a copy of this table opens no session.
CREATE TABLE staff_sessions (
  token_hash text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES staff_accounts (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX staff_sessions_expiry ON staff_sessions (expires_at);

-- Failed sign-ins, kept in the database so the limit holds across processes.
CREATE TABLE staff_login_failures (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  key text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX staff_login_failures_key ON staff_login_failures (key, at);

-- What staff did with a referral: claims, status changes, transfers (つなぎ直し), notes, withdrawal.
CREATE TABLE referral_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  referral_id uuid NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
  account_id uuid REFERENCES staff_accounts (id),
  kind text NOT NULL CHECK (kind IN ('claim', 'release', 'status', 'transfer', 'note', 'withdrawn')),
  status text,
  outcome text,
  from_service text,
  to_service text,
  body text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX referral_events_referral ON referral_events (referral_id, at);

-- Messages staff sent the resident through the bot; the outbox row carries the delivery.
CREATE TABLE staff_messages (
  id uuid PRIMARY KEY,
  referral_id uuid NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
  account_id uuid NOT NULL REFERENCES staff_accounts (id),
  body text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX staff_messages_referral ON staff_messages (referral_id, at);

-- Every view and change by staff: who, when, which referral, what.
CREATE TABLE staff_audit (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  account_id uuid REFERENCES staff_accounts (id),
  referral_id uuid,
  action text NOT NULL,
  detail jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX staff_audit_at ON staff_audit (at, id);
CREATE INDEX staff_audit_referral ON staff_audit (referral_id, at) WHERE referral_id IS NOT NULL;

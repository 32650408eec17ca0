-- The durable inbox: every webhook event is recorded here before LINE gets its 200.
CREATE TABLE inbox_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  webhook_event_id text NOT NULL UNIQUE,
  lane text NOT NULL,
  event_type text NOT NULL,
  event_ts bigint NOT NULL,
  payload jsonb,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'skipped', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  not_before timestamptz NOT NULL DEFAULT now(),
  outcome text,
  received_at timestamptz NOT NULL DEFAULT now(),
  processed_at timestamptz
);
CREATE INDEX inbox_events_pending ON inbox_events (lane, event_ts, id) WHERE status = 'pending';
CREATE INDEX inbox_events_pending_received ON inbox_events (received_at) WHERE status = 'pending';

-- One lane per resident: whoever holds the lease handles that resident's events, in order.
CREATE TABLE inbox_lanes (
  lane text PRIMARY KEY,
  lease_owner text NOT NULL,
  lease_until timestamptz NOT NULL
);

CREATE TABLE conversations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  line_user_id text NOT NULL UNIQUE,
  flow_id text NOT NULL,
  flow_version integer NOT NULL,
  step_id text NOT NULL,
  locale text,
  data jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  unfollowed_at timestamptz
);

-- A referral exists only with consent: the consent columns are required.
CREATE TABLE referrals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference_code text NOT NULL UNIQUE,
  line_user_id text,
  conversation_id uuid,
  categories text[] NOT NULL CHECK (cardinality(categories) > 0),
  words text,
  triage jsonb,
  service_id text NOT NULL,
  coordinator_service_id text,
  compound boolean NOT NULL DEFAULT false,
  crisis text,
  contact_method text NOT NULL CHECK (contact_method IN ('line', 'phone', 'visit')),
  contact_details jsonb NOT NULL DEFAULT '{}',
  consent_text_version text NOT NULL,
  consent_language text NOT NULL,
  consented_at timestamptz NOT NULL,
  locale text NOT NULL,
  status text NOT NULL DEFAULT 'new',
  anonymised_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX referrals_service_status ON referrals (service_id, status, created_at);
CREATE INDEX referrals_line_user ON referrals (line_user_id) WHERE line_user_id IS NOT NULL;

-- Outgoing LINE calls, written with the state they follow from; sent after commit.
CREATE TABLE outbox (
  id uuid PRIMARY KEY,
  to_user text NOT NULL,
  reply_token text,
  event_at timestamptz NOT NULL,
  messages jsonb,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'undeliverable')),
  attempts integer NOT NULL DEFAULT 0,
  sent_via text,
  failure text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE INDEX outbox_pending ON outbox (created_at) WHERE status = 'pending';

-- Live classes (LIVE.md, "Data"). The same file runs on PGlite and on PostgreSQL.
-- No names and no addresses are stored anywhere; everything of a session goes with it.

CREATE TABLE live_sessions (
  id text PRIMARY KEY,
  join_code text NOT NULL,
  host_key_hash text NOT NULL,
  class_code text NOT NULL,
  question_count integer NOT NULL,
  dataset_version text NOT NULL,
  host_locale text NOT NULL,
  state jsonb NOT NULL,
  locked boolean NOT NULL DEFAULT false,
  -- The gapless per-session event counter, bumped in the same transaction as each event's insert.
  -- (A sequence would not do: PostgreSQL pre-logs sequence values and jumps after a crash.)
  last_seq integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_event_at timestamptz NOT NULL DEFAULT now()
);
-- Unique among sessions that are not deleted: deleted sessions are gone, so a plain index does it.
CREATE UNIQUE INDEX live_sessions_join_code ON live_sessions (join_code);
CREATE INDEX live_sessions_last_event_at ON live_sessions (last_event_at);

CREATE TABLE live_participants (
  id text PRIMARY KEY,
  session_id text NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
  resume_key_hash text NOT NULL,
  locale text NOT NULL,
  joined_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX live_participants_session ON live_participants (session_id);

CREATE TABLE live_answers (
  session_id text NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
  participant_id text NOT NULL REFERENCES live_participants (id) ON DELETE CASCADE,
  question integer NOT NULL,
  answer text NOT NULL,
  answer_seq integer NOT NULL,
  correct boolean NOT NULL,
  answered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (session_id, participant_id, question)
);
CREATE INDEX live_answers_question ON live_answers (session_id, question);

CREATE TABLE live_events (
  session_id text NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  type text NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (session_id, seq)
);

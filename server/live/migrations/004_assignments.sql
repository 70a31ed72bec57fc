-- Assignments (LIVE.md, "Assignments"): a session with mode = 'assignment', taken at each student's
-- own pace until closes_at. Close times are UTC instants; the teacher's zone and its offset at that
-- instant are kept to show it as the teacher meant it. Still no names and no addresses: a student is
-- known by the receipt computed once at hand-in from the session's own secret.
ALTER TABLE live_sessions
  ADD COLUMN mode text NOT NULL DEFAULT 'live',
  ADD COLUMN closes_at timestamptz,
  ADD COLUMN time_zone text,
  ADD COLUMN zone_offset integer,
  ADD COLUMN feedback text,
  ADD COLUMN explainer_first boolean NOT NULL DEFAULT false,
  ADD COLUMN receipt_secret text,
  ADD COLUMN closed_event_at timestamptz;
CREATE INDEX live_sessions_closes_at ON live_sessions (closes_at) WHERE mode = 'assignment';

ALTER TABLE live_participants
  ADD COLUMN receipt text,
  ADD COLUMN handed_in_at timestamptz;
CREATE UNIQUE INDEX live_participants_receipt ON live_participants (session_id, receipt);

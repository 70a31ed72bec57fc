-- "Can this phone reach the class?" before a lesson: the teacher's page makes a check, each phone
-- that opens its page is counted once (an anonymous random device id, nothing else). Swept after
-- two hours.
CREATE TABLE live_room_checks (
  id text PRIMARY KEY,
  created_at timestamptz NOT NULL
);

CREATE TABLE live_room_check_hits (
  check_id text NOT NULL REFERENCES live_room_checks (id) ON DELETE CASCADE,
  device text NOT NULL,
  seen_at timestamptz NOT NULL,
  PRIMARY KEY (check_id, device)
);

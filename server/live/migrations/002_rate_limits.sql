-- Rate limits shared by several instances (live class part 3: rate-limiter-flexible's PostgreSQL
-- store, told to use this table and not to create its own). Keys are HMACs of addresses, never
-- addresses. On one PGlite process the limits live in memory and this table stays empty.
CREATE TABLE live_rate_limits (
  key varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);

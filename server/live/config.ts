import "server-only";
import { parseTrustedProxies } from "@/lib/live/address";
import type { LimitConfig } from "./limits";
import { withDefaultUser } from "./pg-url";

export interface LiveConfig {
  /** PostgreSQL (several instances) when set; else PGlite in `dataDir` (one process). */
  databaseUrl: string | undefined;
  /** This instance's `application_name` on PostgreSQL. */
  instanceName: string;
  /** PostgreSQL connections per instance (plus one for LISTEN). */
  poolSize: number;
  dataDir: string;
  retentionHours: number;
  sweepMinutes: number;
  maxParticipants: number;
  /** Assignments: students per assignment, and days kept after it closes. */
  maxAssignmentParticipants: number;
  assignmentRetentionDays: number;
  trustedProxies: number;
  limits: LimitConfig;
}

function num(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) {
    console.warn(`Live classes: ignoring ${name}=${raw} (expected a number ≥ ${min}); using ${fallback}.`);
    return fallback;
  }
  return n;
}

/** Read when the store first opens (never at import: `next build` imports route modules). */
export function readConfig(): LiveConfig {
  return {
    databaseUrl: process.env.DATABASE_URL ? withDefaultUser(process.env.DATABASE_URL) : undefined,
    instanceName: (process.env.LIVE_INSTANCE || `live-${process.pid}`).replace(/[^\w.:-]/g, "_").slice(0, 50),
    poolSize: num("LIVE_PG_POOL_SIZE", 25),
    dataDir: process.env.LIVE_DATA_DIR || ".data/live",
    retentionHours: num("LIVE_RETENTION_HOURS", 24, 0.001),
    sweepMinutes: num("LIVE_SWEEP_MINUTES", 5, 0.01),
    maxParticipants: num("LIVE_MAX_PARTICIPANTS", 300),
    maxAssignmentParticipants: num("LIVE_MAX_ASSIGNMENT_PARTICIPANTS", 500),
    assignmentRetentionDays: num("LIVE_ASSIGNMENT_RETENTION_DAYS", 14, 0.0001),
    trustedProxies: parseTrustedProxies(process.env.LIVE_TRUSTED_PROXIES),
    limits: {
      failedLookupsPerAddress: num("LIVE_FAILED_LOOKUPS_PER_ADDRESS", 30),
      failedLookupsPerAddressSeconds: 600,
      failedLookupsInAll: num("LIVE_FAILED_LOOKUPS_IN_ALL", 300),
      failedLookupsInAllSeconds: num("LIVE_FAILED_LOOKUPS_IN_ALL_SECONDS", 60),
      sessionsPerAddress: num("LIVE_SESSIONS_PER_ADDRESS", 60),
      sessionsPerAddressSeconds: 3600,
      streamsPerSession: num("LIVE_STREAMS_PER_SESSION", 700),
      streamsPerAddress: num("LIVE_STREAMS_PER_ADDRESS", 1000),
      secret: process.env.LIVE_LIMIT_SECRET || undefined,
    },
  };
}

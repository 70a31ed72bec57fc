import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import type { Pool } from "pg";
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";

export interface LimitConfig {
  failedLookupsPerAddress: number;
  failedLookupsPerAddressSeconds: number;
  failedLookupsInAll: number;
  failedLookupsInAllSeconds: number;
  sessionsPerAddress: number;
  sessionsPerAddressSeconds: number;
  streamsPerSession: number;
  streamsPerAddress: number;
  /** Shared by instances that must agree on keys (part 3); else random per process. */
  secret: string | undefined;
}

/** A limiter of `points` per `duration` seconds. Memory here; part 3 passes a PostgreSQL-backed one. */
export type LimiterFactory = (opts: {
  keyPrefix: string;
  points: number;
  duration: number;
}) => RateLimiterAbstract;

export const memoryLimiter: LimiterFactory = (opts) => new RateLimiterMemory(opts);

/**
 * Limits shared by every instance on one PostgreSQL: rows in `live_rate_limits` (created by migration
 * 002, so the library is told not to create its own). `storeClient` is the store's `pg.Pool`. While
 * the database is unreachable an in-memory limiter of the same size stands in.
 */
export function postgresLimiter(pool: Pool): LimiterFactory {
  return (opts) =>
    new RateLimiterPostgres({
      ...opts,
      storeClient: pool,
      storeType: "pool",
      tableName: "live_rate_limits",
      tableCreated: true,
      insuranceLimiter: new RateLimiterMemory(opts),
    });
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * Rate limits and stream caps. Keys are an HMAC of the client address with a secret that rotates
 * every day, never the address itself. A whole school shares one address, so failed lookups are
 * limited, not successful joins.
 */
export class LiveLimits {
  private readonly base: string;
  private readonly failedPerAddress: RateLimiterAbstract;
  private readonly failedInAll: RateLimiterAbstract;
  private readonly createPerAddress: RateLimiterAbstract;
  private readonly streamsBySession = new Map<string, number>();
  private readonly streamsByAddress = new Map<string, number>();

  constructor(
    private readonly config: LimitConfig,
    limiter: LimiterFactory = memoryLimiter,
  ) {
    this.base = config.secret ?? randomBytes(32).toString("hex");
    this.failedPerAddress = limiter({
      keyPrefix: "live-failed",
      points: config.failedLookupsPerAddress,
      duration: config.failedLookupsPerAddressSeconds,
    });
    this.failedInAll = limiter({
      keyPrefix: "live-failed-all",
      points: config.failedLookupsInAll,
      duration: config.failedLookupsInAllSeconds,
    });
    this.createPerAddress = limiter({
      keyPrefix: "live-create",
      points: config.sessionsPerAddress,
      duration: config.sessionsPerAddressSeconds,
    });
  }

  /** The limiter key of an address: HMAC(secret of the day, address). */
  key(address: string, now = Date.now()): string {
    const daySecret = createHmac("sha256", this.base)
      .update(String(Math.floor(now / DAY_MS)))
      .digest();
    return createHmac("sha256", daySecret).update(address).digest("base64url").slice(0, 32);
  }

  /** Seconds to wait when this address (or everyone) has failed too many lookups, else null. */
  async lookupBlocked(address: string): Promise<number | null> {
    const [mine, all] = await Promise.all([
      this.failedPerAddress.get(this.key(address)),
      this.failedInAll.get("all"),
    ]);
    const wait = (res: RateLimiterRes | null, points: number) =>
      res && res.consumedPoints >= points ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : null;
    return wait(mine, this.config.failedLookupsPerAddress) ?? wait(all, this.config.failedLookupsInAll);
  }

  async failedLookup(address: string): Promise<void> {
    await Promise.all([
      this.failedPerAddress.consume(this.key(address)).catch(() => {}),
      this.failedInAll.consume("all").catch(() => {}),
    ]);
  }

  /** Counts a session creation; returns seconds to wait when over the rate, else null. */
  async createSession(address: string): Promise<number | null> {
    try {
      await this.createPerAddress.consume(this.key(address));
      return null;
    } catch (res) {
      if (res instanceof RateLimiterRes) return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
      throw res;
    }
  }

  /** Takes a stream slot for (session, address); returns its release, or null over either cap. */
  openStream(sessionId: string, address: string): (() => void) | null {
    const key = this.key(address);
    const s = this.streamsBySession.get(sessionId) ?? 0;
    const a = this.streamsByAddress.get(key) ?? 0;
    if (s >= this.config.streamsPerSession || a >= this.config.streamsPerAddress) return null;
    this.streamsBySession.set(sessionId, s + 1);
    this.streamsByAddress.set(key, a + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const s2 = (this.streamsBySession.get(sessionId) ?? 1) - 1;
      const a2 = (this.streamsByAddress.get(key) ?? 1) - 1;
      if (s2 > 0) this.streamsBySession.set(sessionId, s2);
      else this.streamsBySession.delete(sessionId);
      if (a2 > 0) this.streamsByAddress.set(key, a2);
      else this.streamsByAddress.delete(key);
    };
  }
}

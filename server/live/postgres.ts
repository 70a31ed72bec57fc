import "server-only";
import pg from "pg";
import type { LiveNotifier, NotifyListener } from "./notifier";
import type { SqlDb, SqlQueryable } from "./sql";

/**
 * PostgreSQL: the second engine (`DATABASE_URL`), for several instances and for durability. The same
 * schema, migrations and queries as PGlite run over a `pg.Pool`; each transaction has a client of its
 * own. Fan-out between instances is `PgNotifier` below.
 *
 * Every connection carries `application_name` = `<name>` (pool) or `<name>:listen` (the notifier), so
 * an operator (or a fault test) can find one instance's connections in `pg_stat_activity`.
 */
export interface PostgresOptions {
  url: string;
  applicationName: string;
  /** Pool size (the notifier's connection comes on top). */
  max?: number;
}

export interface PostgresDb extends SqlDb {
  readonly pool: pg.Pool;
}

/**
 * Errors that mean the connection went away (server restart, `pg_terminate_backend`, a cut socket),
 * not that the statement was wrong: class 08 (connection exception) and 57P01–57P03 (admin shutdown,
 * crash shutdown, cannot connect now), or a socket error without a SQLSTATE.
 */
export function isConnectionError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") {
    if (/^08/.test(code) || /^57P0[123]$/.test(code)) return true;
    if (["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "ENOTCONN"].includes(code)) return true;
    return false;
  }
  const message = (error as { message?: unknown }).message;
  return (
    typeof message === "string" &&
    /Connection terminated|Client has encountered a connection error|not queryable|terminating connection/i.test(
      message,
    )
  );
}

/** The URL without its password, for logs. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    const db = u.pathname.replace(/^\//, "") || "(default)";
    return `${u.hostname}${u.port ? `:${u.port}` : ""}/${db}${u.username ? ` as ${decodeURIComponent(u.username)}` : ""}`;
  } catch {
    return "(a DATABASE_URL that is not a URL)";
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One retry after a short pause, only when the connection was lost before anything could commit. */
async function withRetry<T>(what: () => Promise<T>, retryable: (error: unknown) => boolean): Promise<T> {
  try {
    return await what();
  } catch (error) {
    if (!retryable(error)) throw error;
    await sleep(100);
    return what();
  }
}

function clientQueryable(client: pg.PoolClient): SqlQueryable {
  return {
    async query<T>(sql: string, params?: unknown[]) {
      const result = await client.query(sql, params);
      return { rows: result.rows as T[] };
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

export function openPostgres(options: PostgresOptions): PostgresDb {
  const pool = new pg.Pool({
    connectionString: options.url,
    application_name: options.applicationName,
    max: options.max ?? 10,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
    keepAlive: true,
  });
  // An idle client whose connection dies (restart, pg_terminate_backend) is dropped by the pool, which
  // reports it here; without a listener Node would end the process.
  pool.on("error", (error) => {
    console.warn(
      `Live classes: a pooled PostgreSQL connection was lost (${error.message}); reconnecting on use.`,
    );
  });

  const db: PostgresDb = {
    engine: "postgres",
    pool,
    // A read (or a NOTIFY, which may arrive twice harmlessly) cut by a lost connection is retried once
    // on a fresh one; a write is not, since it may have committed before the connection went.
    // `prepare` is not used here: with it (pg's named statements) and the PGlite-only changes, the
    // teacher's counts lagged the answers in some bench:live runs (8 December, docs/performance.md);
    // PostgreSQL plans on its own cores.
    query: <T>(sql: string, params?: unknown[]) =>
      withRetry(
        async () => ({ rows: (await pool.query(sql, params)).rows as T[] }),
        (error) => /^\s*SELECT\b/i.test(sql) && isConnectionError(error),
      ),
    exec: async (sql: string) => {
      await pool.query(sql);
    },
    async transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T> {
      // Retried only when the connection went away before COMMIT was sent: then nothing committed.
      let committing = false;
      return withRetry(
        async () => {
          committing = false;
          const client = await pool.connect();
          let broken: Error | undefined;
          try {
            await client.query("BEGIN");
            let result: T;
            try {
              result = await fn(clientQueryable(client));
            } catch (error) {
              await client.query("ROLLBACK").catch((rollbackError: Error) => {
                broken = rollbackError;
              });
              throw error;
            }
            committing = true;
            await client.query("COMMIT");
            return result;
          } catch (error) {
            if (isConnectionError(error)) broken = error as Error;
            throw error;
          } finally {
            // A client whose connection broke is destroyed, not returned to the pool.
            client.release(broken);
          }
        },
        (error) => !committing && isConnectionError(error),
      );
    },
    async listen(channel: string, onPayload: (payload: string) => void) {
      const client = new pg.Client({
        connectionString: options.url,
        application_name: options.applicationName,
      });
      await client.connect();
      client.on("notification", (msg) => {
        if (msg.channel === channel) onPayload(msg.payload ?? "");
      });
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      return () => client.end();
    },
    async close() {
      await pool.end();
    },
  };
  return db;
}

/**
 * Fan-out between instances: one dedicated connection per instance does `LISTEN live`; a write
 * publishes `pg_notify('live', '<session>:<seq>')` through the pool. This instance's own readers are
 * told at once (without waiting for the round trip). When the listening connection is lost it
 * reconnects with backoff, listens again and then calls the reconnect listeners: notifications sent
 * while it was away are lost, so every reader re-reads from its last seq.
 */
export class PgNotifier implements LiveNotifier {
  private client: pg.Client | null = null;
  private readonly notifyListeners: NotifyListener[] = [];
  private readonly reconnectListeners: (() => void)[] = [];
  private closed = false;
  private reconnecting = false;
  private attempt = 0;

  constructor(private readonly options: { url: string; applicationName: string; db: SqlQueryable }) {}

  /** Connects and listens; rejects if the first connection fails. */
  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.url,
      application_name: `${this.options.applicationName}:listen`,
      keepAlive: true,
      connectionTimeoutMillis: 10_000,
    });
    const lost = (why: string) => {
      if (this.client !== client) return;
      this.client = null;
      client.removeAllListeners("notification");
      client.end().catch(() => {});
      if (!this.closed) {
        console.warn(`Live classes: the PostgreSQL LISTEN connection was lost (${why}); reconnecting.`);
        this.scheduleReconnect();
      }
    };
    client.on("error", (error) => lost(error.message));
    client.on("end", () => lost("closed"));
    client.on("notification", (msg) => {
      if (msg.channel !== "live" || !msg.payload) return;
      const cut = msg.payload.lastIndexOf(":");
      const sessionId = msg.payload.slice(0, cut);
      const seq = Number(msg.payload.slice(cut + 1));
      if (cut <= 0 || !Number.isFinite(seq)) return;
      this.deliver(sessionId, seq);
    });
    try {
      await client.connect();
      await client.query("LISTEN live");
    } catch (error) {
      client.removeAllListeners("end");
      client.on("error", () => {});
      await client.end().catch(() => {});
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
  }

  private scheduleReconnect(): void {
    if (this.reconnecting || this.closed) return;
    this.reconnecting = true;
    void (async () => {
      while (!this.closed) {
        // 100 ms, 200 ms, … up to 5 s, with jitter so instances do not reconnect in step.
        const delay = Math.min(5000, 100 * 2 ** this.attempt) * (0.75 + Math.random() / 2);
        this.attempt++;
        await sleep(delay);
        if (this.closed) break;
        try {
          await this.connect();
          this.attempt = 0;
          console.log("Live classes: the PostgreSQL LISTEN connection is back; readers catch up.");
          for (const l of this.reconnectListeners) l();
          break;
        } catch (error) {
          console.warn(`Live classes: reconnecting to PostgreSQL failed (${(error as Error).message}).`);
        }
      }
      this.reconnecting = false;
    })();
  }

  private deliver(sessionId: string, seq: number): void {
    for (const l of this.notifyListeners) l(sessionId, seq);
  }

  /** True while the LISTEN connection is up (for tests and logs). */
  get listening(): boolean {
    return this.client !== null;
  }

  /**
   * Without the event's type: on PostgreSQL the readers read every answer from the log as before.
   * Counting an own answer without the read (hub.ts) made the teacher's counts lag the answers on
   * PostgreSQL in bench:live (8 December, docs/performance.md); PGlite keeps it.
   */
  announce(sessionId: string, seq: number): void {
    queueMicrotask(() => this.deliver(sessionId, seq));
  }

  async publish(sessionId: string, seq: number): Promise<void> {
    this.announce(sessionId, seq);
    try {
      await this.options.db.query("SELECT pg_notify('live', $1)", [`${sessionId}:${seq}`]);
    } catch (error) {
      // The write itself has committed: the other instances' readers pick it up with the session's
      // next notification, or all at once when their LISTEN connection comes back.
      console.warn(`Live classes: NOTIFY failed (${(error as Error).message}).`);
    }
  }

  onNotify(listener: NotifyListener): void {
    this.notifyListeners.push(listener);
  }

  onReconnect(listener: () => void): void {
    this.reconnectListeners.push(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = null;
    this.notifyListeners.length = 0;
    this.reconnectListeners.length = 0;
    if (client) {
      client.removeAllListeners("end");
      await client.end().catch(() => {});
    }
  }
}

import "server-only";

/**
 * The one seam between the live-class store and a database engine. PGlite implements it here; the
 * PostgreSQL engine (live class part 3, `pg`) implements the same three calls, and the store's SQL,
 * migrations and contract tests run unchanged on both. Queries are parameterised (`$1`, `$2`, …).
 */
export interface QueryOptions {
  /**
   * A statement run many times a second under a full room (an answer, a counts frame, a read of the
   * log): planned once under this name and its plan kept. PGlite: `PREPARE`/`EXECUTE`
   * (pglite-prepared.ts). PostgreSQL ignores it (see postgres.ts), and so does a transaction.
   */
  prepare?: string;
}

export interface SqlQueryable {
  query<T = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
    options?: QueryOptions,
  ): Promise<{ rows: T[] }>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface SqlDb extends SqlQueryable {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /**
   * Listens on a NOTIFY channel; resolves to the function that stops. The instances' fan-out uses a
   * connection of its own (`PgNotifier`); this is how the contract tests see what a write sent.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** "pglite" or "postgres": for logs and the contract tests' names only. */
  readonly engine: string;
}

/** PostgreSQL's unique-violation code, the same from PGlite and from `pg`. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "23505";
}

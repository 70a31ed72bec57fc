import "server-only";

/**
 * Statements PGlite plans once. PGlite runs every statement in this process's one thread, and
 * planning an answer's statement (a dozen CTEs) costs most of its run: measured on this machine,
 * 0.79 ms a run planned each time against 0.20 ms for the same statement `PREPARE`d once and run
 * with `EXECUTE` (issue 32: one PGlite instance is out of CPU under a full room). PGlite's `query`
 * sends an unnamed statement, planned anew each time, and `EXECUTE` takes no bound parameters, so
 * the values go in as literals: quoted strings of unknown type, which PostgreSQL converts to the
 * parameter types the `PREPARE` inferred — what binding them as text does.
 */
export interface Runner {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(sql: string): Promise<void>;
}

/** A value as a SQL literal, as PGlite would send it as a text parameter. */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  let text: string;
  if (typeof value === "string") text = value;
  else if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`not a finite number: ${value}`);
    text = String(value);
  } else if (typeof value === "bigint") text = String(value);
  else if (typeof value === "boolean") text = value ? "true" : "false";
  else if (value instanceof Date) text = value.toISOString();
  else if (Array.isArray(value)) throw new TypeError("arrays are not supported in a prepared statement");
  else text = JSON.stringify(value);
  if (text.includes("\0")) throw new TypeError("a NUL character cannot be sent to PostgreSQL");
  // With standard_conforming_strings on (checked before the first use), a backslash is an ordinary
  // character and a doubled quote the only escape.
  return `'${text.replaceAll("'", "''")}'`;
}

const NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export class PreparedStatements {
  private readonly made = new Map<string, { sql: string; ready: Promise<void> }>();
  private conforming: Promise<boolean> | null = null;

  constructor(private readonly db: Runner) {}

  async query<T>(name: string, sql: string, params: unknown[] = []): Promise<{ rows: T[] }> {
    if (!NAME.test(name)) throw new Error(`bad prepared statement name "${name}"`);
    this.conforming ??= this.db
      .query<{ standard_conforming_strings: string }>("SHOW standard_conforming_strings")
      .then((r) => r.rows[0]?.standard_conforming_strings === "on");
    // Without standard strings a backslash would escape: then the statement is sent as it is.
    if (!(await this.conforming)) return this.db.query<T>(sql, params);
    let entry = this.made.get(name);
    if (!entry) {
      entry = { sql, ready: this.db.exec(`PREPARE ${name} AS ${sql}`) };
      this.made.set(name, entry);
      entry.ready.catch(() => this.made.delete(name));
    } else if (entry.sql !== sql) throw new Error(`prepared statement "${name}" reused for other SQL`);
    await entry.ready;
    const args = params.length ? `(${params.map(sqlLiteral).join(", ")})` : "";
    return this.db.query<T>(`EXECUTE ${name}${args}`);
  }
}

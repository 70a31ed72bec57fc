import "server-only";
import { PGlite } from "@electric-sql/pglite";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PreparedStatements } from "./pglite-prepared";
import { isUrgent } from "./priority";
import type { SqlDb, SqlQueryable } from "./sql";

/**
 * PGlite: PostgreSQL inside this process, data on disk. Exactly one process may open a data folder,
 * so the folder holds a lock file with the owner's process id.
 *
 * Layout of LIVE_DATA_DIR: `pg/` (PGlite's files), `pg-ready` (written once `pg/` has been created
 * and migrated: a `pg/` without it was left half-made by a kill during the first start) and
 * `live.lock`.
 *
 * Durability: PGlite runs with fsync off. An acknowledged write survives a killed process (it is in
 * the operating system's file cache), not a power cut. PostgreSQL is the answer for durability.
 */
export class DataDirBusyError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `Live classes: the data folder ${dir} is in use by process ${pid}. PGlite allows one server ` +
        `process per folder: stop that process, or give this one its own LIVE_DATA_DIR (or use ` +
        `PostgreSQL via DATABASE_URL for several instances).`,
    );
    this.name = "DataDirBusyError";
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the folder's lock, or throws `DataDirBusyError` if a live process holds it. */
export function acquireLock(dir: string): () => void {
  const file = join(dir, "live.lock");
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: "wx" });
      const release = () => {
        try {
          if (readFileSync(file, "utf8").trim() === String(process.pid)) rmSync(file, { force: true });
        } catch {
          // Already gone.
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number(readFileSync(file, "utf8").trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid))
        throw new DataDirBusyError(dir, pid);
      // Left by a process that was killed (or by an earlier run of this pid): take it over.
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Live classes: could not take the lock ${file}`);
}

export interface OpenedPglite {
  db: SqlDb;
  /** Call once the schema is migrated: from then on the folder counts as fully created. */
  markReady(): void;
  /** Where a half-created folder was moved, if one was found. */
  movedAside: string | null;
}

export async function openPglite(dataDir: string): Promise<OpenedPglite> {
  const dir = resolve(dataDir);
  // PGlite does not create parent folders.
  mkdirSync(dir, { recursive: true });
  const release = acquireLock(dir);
  try {
    const pgDir = join(dir, "pg");
    const ready = join(dir, "pg-ready");
    let movedAside: string | null = null;
    if (existsSync(pgDir) && !existsSync(ready)) {
      movedAside = `${pgDir}.half-created-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      renameSync(pgDir, movedAside);
      console.warn(
        `Live classes: ${pgDir} was left half-created (killed during its first start); moved it to ${movedAside}.`,
      );
    }
    const pg = await PGlite.create(pgDir);
    const db = wrap(pg, release);
    return {
      db,
      movedAside,
      markReady: () => {
        if (!existsSync(ready)) writeFileSync(ready, `${new Date().toISOString()}\n`);
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** An in-memory PGlite (tests): same engine, no folder, no lock. */
export async function openMemoryPglite(): Promise<SqlDb> {
  return wrap(await PGlite.create(), () => {});
}

type PgQueryable = Pick<PGlite, "query" | "exec">;

function queryable(pg: PgQueryable): SqlQueryable {
  return {
    async query<T>(sql: string, params?: unknown[]) {
      const result = await pg.query<T>(sql, params as unknown[] | undefined);
      return { rows: result.rows };
    },
    async exec(sql: string) {
      await pg.exec(sql);
    },
  };
}

/**
 * At most this many ordinary statements (answers, joins) wait in PGlite's own queue, which runs them
 * in the order they came; the rest wait here. Urgent ones (priority.ts) go straight in, so they wait
 * behind at most this many, however many answers are queued.
 */
export const ORDINARY_AHEAD = 4;

export class StatementGate {
  private inside = 0;
  private readonly waiting: (() => void)[] = [];

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (isUrgent()) return work();
    if (this.inside < ORDINARY_AHEAD) this.inside++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      // The place passes to the next waiting statement, or is given back.
      const next = this.waiting.shift();
      if (next) next();
      else this.inside--;
    }
  }

  /** Ordinary statements held back here (for tests). */
  get held(): number {
    return this.waiting.length;
  }
}

function wrap(pg: PGlite, release: () => void): SqlDb {
  const gate = new StatementGate();
  const direct = queryable(pg);
  const prepared = new PreparedStatements(direct);
  return {
    engine: "pglite",
    query: (sql, params, options) =>
      gate.run(() =>
        options?.prepare ? prepared.query(options.prepare, sql, params) : direct.query(sql, params),
      ),
    exec: (sql) => gate.run(() => direct.exec(sql)),
    // Statements inside a transaction go straight to it: it holds PGlite until it ends.
    transaction: (fn) => gate.run(() => pg.transaction((tx) => fn(queryable(tx)))),
    listen: (channel, onPayload) => pg.listen(channel, onPayload),
    async close() {
      await pg.close();
      release();
    },
  };
}

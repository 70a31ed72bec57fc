import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { SqlDb } from "./sql";

export interface Migration {
  id: string;
  sql: string;
}

/** `server/live/migrations/NNN_name.sql`, in number order. Read from the project folder at run time. */
export function loadMigrations(
  // turbopackIgnore: the folder is read at run time, not traced into the build.
  dir = join(/*turbopackIgnore: true*/ process.cwd(), "server", "live", "migrations"),
): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ id: f.replace(/\.sql$/, ""), sql: readFileSync(join(dir, f), "utf8") }));
}

/**
 * Applies the migrations not yet recorded in `live_migrations`, each in the same transaction as its
 * record. An advisory lock keeps two instances starting at once (PostgreSQL) from racing.
 */
export async function migrate(db: SqlDb, migrations = loadMigrations()): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(72450013)");
    await tx.exec(
      "CREATE TABLE IF NOT EXISTS live_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
    );
    const done = new Set(
      (await tx.query<{ id: string }>("SELECT id FROM live_migrations")).rows.map((r) => r.id),
    );
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.id)) continue;
      await tx.exec(m.sql);
      await tx.query("INSERT INTO live_migrations (id) VALUES ($1)", [m.id]);
      applied.push(m.id);
    }
    return applied;
  });
}

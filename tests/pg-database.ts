/**
 * A database of its own for each test run on the PostgreSQL at DATABASE_URL (the admin connection):
 * `live_test_<pid>_<random>`, created empty and dropped afterwards, so runs never share state.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { withDefaultUser } from "../server/live/pg-url";

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** Under CI the PostgreSQL suites must run: a missing DATABASE_URL fails them instead of skipping. */
export function postgresUrl(): string | undefined {
  return process.env.DATABASE_URL ? withDefaultUser(process.env.DATABASE_URL) : undefined;
}

export function requirePostgresInCi(): void {
  const ci = process.env.CI === "true" || process.env.CI === "1";
  if (ci && !postgresUrl())
    throw new Error(
      "CI must run the live store on PostgreSQL too: DATABASE_URL is not set (.ci/run starts PostgreSQL and exports it).",
    );
}

async function admin<T>(adminUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, application_name: "live-test-admin" });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(adminUrl = postgresUrl()): Promise<TestDatabase> {
  if (!adminUrl) throw new Error("DATABASE_URL is not set");
  const name = `live_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      await admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** Ends the connections whose application_name starts with `prefix` (a cut connection, as in a fault). */
export async function terminateConnections(adminUrl: string, prefix: string): Promise<number> {
  return admin(adminUrl, async (c) => {
    const { rows } = await c.query<{ ok: boolean }>(
      "SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name LIKE $1 || '%' AND pid <> pg_backend_pid()",
      [prefix],
    );
    return rows.filter((r) => r.ok).length;
  });
}

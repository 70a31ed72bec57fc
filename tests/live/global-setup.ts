import type { TestProject } from "vitest/node";
import { createTestDatabase, postgresUrl, type TestDatabase } from "../pg-database";
import { removeDir, startServer, tempDataDir, type Server } from "./harness";

declare module "vitest" {
  export interface ProvidedContext {
    liveBase: string;
    /** "pglite", or "postgres" when the run is LIVE_TEST_ENGINE=postgres. */
    liveEngine: string;
    /** The run's own PostgreSQL database ("" on PGlite). */
    liveDatabaseUrl: string;
  }
}

export const MAIN_PORT = Number(process.env.LIVE_TEST_PORT ?? 3141);

/** Limits of the shared test server: low enough to reach in a test, high enough for a class of 30. */
export const mainEnv = {
  LIVE_TRUSTED_PROXIES: "1",
  LIVE_MAX_PARTICIPANTS: "40",
  LIVE_MAX_ASSIGNMENT_PARTICIPANTS: "12",
  LIVE_FAILED_LOOKUPS_PER_ADDRESS: "5",
  // "In all": 25 failures within 3 s from any addresses (a short window, so the block passes quickly).
  LIVE_FAILED_LOOKUPS_IN_ALL: "25",
  LIVE_FAILED_LOOKUPS_IN_ALL_SECONDS: "3",
  LIVE_SESSIONS_PER_ADDRESS: "5",
  LIVE_STREAMS_PER_SESSION: "45",
  LIVE_STREAMS_PER_ADDRESS: "40",
};

let server: Server | undefined;
let dir = "";
let database: TestDatabase | undefined;

export async function setup(project: TestProject) {
  const engine = process.env.LIVE_TEST_ENGINE === "postgres" ? "postgres" : "pglite";
  // LIVE_TEST_MAIN=0: a run that starts its own servers (the chaos test) needs no shared one.
  if (process.env.LIVE_TEST_MAIN === "0") {
    project.provide("liveBase", "");
    project.provide("liveEngine", engine);
    project.provide("liveDatabaseUrl", "");
    return;
  }
  if (engine === "postgres") {
    const adminUrl = postgresUrl();
    if (!adminUrl) throw new Error("LIVE_TEST_ENGINE=postgres needs DATABASE_URL (the admin connection)");
    database = await createTestDatabase(adminUrl);
  }
  dir = tempDataDir();
  server = await startServer(MAIN_PORT, dir, {
    ...mainEnv,
    ...(database ? { DATABASE_URL: database.url, LIVE_INSTANCE: "live-test-main" } : {}),
  });
  // The store opens on first use (PGlite's first start takes seconds): do it before any test.
  const res = await fetch(`${server.base}/api/live/s/AAAAAAAAAAAAAAAAAAAAAA/events?poll=1`, {
    signal: AbortSignal.timeout(120_000),
  });
  if (res.status !== 404) throw new Error(`warm-up answered ${res.status}:\n${server.output()}`);
  const opened = engine === "postgres" ? /PostgreSQL store open/ : /PGlite store open/;
  if (!opened.test(server.output())) throw new Error(`not on ${engine}:\n${server.output()}`);
  project.provide("liveBase", server.base);
  project.provide("liveEngine", engine);
  project.provide("liveDatabaseUrl", database?.url ?? "");
}

export async function teardown() {
  await server?.stop();
  if (dir) removeDir(dir);
  await database?.drop();
}

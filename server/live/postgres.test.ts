/**
 * Two "instances" on one PostgreSQL, in one process: each with its own pool, LISTEN connection and
 * hub, as two `next start` processes would have. Runs when DATABASE_URL is set (a database of its own,
 * dropped afterwards); under CI without it, it fails.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Frame } from "@/lib/live/sse";
import { initialState } from "@/lib/live/state";
import {
  createTestDatabase,
  postgresUrl,
  requirePostgresInCi,
  terminateConnections,
  type TestDatabase,
} from "@/tests/pg-database";
import { Hub, type HubSource } from "./hub";
import { LiveLimits, postgresLimiter } from "./limits";
import { migrate } from "./migrate";
import { describeUrl, isConnectionError, openPostgres, PgNotifier, type PostgresDb } from "./postgres";
import { SqlLiveStore } from "./store";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("postgres helpers", () => {
  it("never logs the password", () => {
    expect(describeUrl("postgres://app:s3cret@db.example:5433/live")).toBe("db.example:5433/live as app");
    expect(describeUrl("postgres://app:s3cret@db.example:5433/live")).not.toContain("s3cret");
    expect(describeUrl("not a url")).not.toContain("not a url");
  });

  it("tells a lost connection from a bad statement", () => {
    expect(isConnectionError({ code: "57P01" })).toBe(true);
    expect(isConnectionError({ code: "08006" })).toBe(true);
    expect(isConnectionError({ code: "ECONNREFUSED" })).toBe(true);
    expect(isConnectionError(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isConnectionError({ code: "23505" })).toBe(false);
    expect(isConnectionError({ code: "42P01" })).toBe(false);
    expect(isConnectionError(new Error("syntax"))).toBe(false);
  });

  it("run on PostgreSQL under CI", () => {
    requirePostgresInCi();
  });
});

interface Instance {
  name: string;
  db: PostgresDb;
  store: SqlLiveStore;
  notifier: PgNotifier;
  hub: Hub;
  reconnects: number;
}

describe.runIf(postgresUrl())("two instances on one PostgreSQL", () => {
  let database: TestDatabase;
  const instances: Instance[] = [];
  const tag = `pgt${process.pid}`;

  async function instance(name: string): Promise<Instance> {
    const applicationName = `${tag}-${name}`;
    const db = openPostgres({ url: database.url, applicationName, max: 4 });
    await migrate(db);
    const store = new SqlLiveStore(db);
    const notifier = new PgNotifier({ url: database.url, applicationName, db });
    await notifier.start();
    const source: HubSource = {
      head: (id) => store.head(id),
      eventsAfter: (id, after) => store.eventsAfter(id, after),
      counts: async () => null,
      frameData: (e) => e.payload,
    };
    const inst: Instance = {
      name,
      db,
      store,
      notifier,
      hub: new Hub(source, notifier),
      reconnects: 0,
    };
    notifier.onReconnect(() => inst.reconnects++);
    instances.push(inst);
    return inst;
  }

  async function step(inst: Instance, sessionId: string, n: number): Promise<number> {
    const r = await inst.store.runCommand(
      sessionId,
      (s) => ({ ok: true, state: s.state, events: [{ type: "step", payload: { step: n } }] }),
      async (e) => e.payload,
    );
    if (!r?.ok) throw new Error("command failed");
    await inst.notifier.publish(sessionId, r.seq);
    return r.seq;
  }

  function listen(inst: Instance, sessionId: string): Promise<Frame[]> {
    const frames: Frame[] = [];
    return inst.hub
      .subscribe(sessionId, { audience: "student", send: (f) => frames.push(f), close: () => {} })
      .then(() => frames);
  }

  async function until(test: () => boolean, what: string, ms = 10_000) {
    const deadline = Date.now() + ms;
    while (!test()) {
      if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
      await sleep(20);
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase();
  }, 60_000);
  afterAll(async () => {
    for (const i of instances) {
      i.hub.close();
      await i.notifier.close();
      await i.db.close();
    }
    await database?.drop();
  });

  it("fans a write on one instance out to the other's streams, in order, without a gap", async () => {
    const a = await instance("a");
    const b = await instance("b");
    await a.store.createSession(
      {
        id: "s1",
        hostKeyHash: "h",
        classCode: "123456",
        questionCount: 5,
        datasetVersion: "v",
        hostLocale: "en",
        state: initialState(5),
      },
      () => "10000001",
    );
    const onA = await listen(a, "s1");
    const onB = await listen(b, "s1");
    // Writes from both sides, concurrently.
    await Promise.all(Array.from({ length: 30 }, (_, k) => step(k % 2 ? a : b, "s1", k)));
    const want = Array.from({ length: 30 }, (_, k) => k + 1);
    await until(() => onA.length === 30 && onB.length === 30, "30 events on both");
    expect(onA.map((f) => f.id)).toEqual(want);
    expect(onB.map((f) => f.id)).toEqual(want);
  });

  it("after its LISTEN connection is cut, an instance reconnects and its readers catch up", async () => {
    const [a, b] = instances as [Instance, Instance];
    const onB = await listen(b, "s1");
    const before = b.reconnects;
    expect(await terminateConnections(postgresUrl()!, `${tag}-b:listen`)).toBe(1);
    // Written while b is not listening: its notifications are lost to b.
    const seqs: number[] = [];
    for (let k = 0; k < 5; k++) seqs.push(await step(a, "s1", 100 + k));
    await until(() => b.reconnects > before, "b reconnected");
    expect(b.notifier.listening).toBe(true);
    await until(() => onB.length === 5, "b caught up");
    expect(onB.map((f) => f.id)).toEqual(seqs);
    // And it keeps receiving afterwards.
    const next = await step(a, "s1", 200);
    await until(() => onB.length === 6, "b receives again");
    expect(onB.at(-1)!.id).toBe(next);
  });

  it("after its pool and LISTEN connections are cut, the next writes go through on fresh ones; nothing is lost", async () => {
    const [a] = instances as [Instance];
    // Warm the pool so idle connections exist, then cut them all (pool and LISTEN).
    await Promise.all([a.db.query("SELECT 1"), a.db.query("SELECT 1")]);
    expect(await terminateConnections(postgresUrl()!, `${tag}-a`)).toBeGreaterThan(0);
    const seqs: number[] = [];
    for (let k = 0; k < 5; k++) seqs.push(await step(a, "s1", 300 + k));
    const events = await a.store.eventsAfter("s1", seqs[0]! - 1);
    expect(events.map((e) => e.seq)).toEqual(seqs);
    await until(() => a.notifier.listening, "a listens again");
  });

  it("rate limits are shared: failures counted on one instance block on the other", async () => {
    const [a, b] = instances as [Instance, Instance];
    const config = {
      failedLookupsPerAddress: 3,
      failedLookupsPerAddressSeconds: 60,
      failedLookupsInAll: 100,
      failedLookupsInAllSeconds: 60,
      sessionsPerAddress: 2,
      sessionsPerAddressSeconds: 60,
      streamsPerSession: 10,
      streamsPerAddress: 10,
      secret: "shared-secret",
    };
    const limitsA = new LiveLimits(config, postgresLimiter(a.db.pool));
    const limitsB = new LiveLimits(config, postgresLimiter(b.db.pool));
    for (let k = 0; k < 3; k++) await limitsA.failedLookup("198.51.100.7");
    expect(await limitsB.lookupBlocked("198.51.100.7")).toBeGreaterThan(0);
    expect(await limitsB.lookupBlocked("198.51.100.8")).toBeNull();
    expect(await limitsA.createSession("198.51.100.9")).toBeNull();
    expect(await limitsB.createSession("198.51.100.9")).toBeNull();
    expect(await limitsA.createSession("198.51.100.9")).toBeGreaterThan(0);
    // Keys are HMACs, never the address.
    const { rows } = await a.db.query<{ key: string }>("SELECT key FROM live_rate_limits");
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.key).not.toContain("198.51.100");
  });
});

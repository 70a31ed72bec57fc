import "server-only";
import { AssignmentService } from "./assignment-service";
import { AssignmentStore } from "./assignment-store";
import { readConfig, type LiveConfig } from "./config";
import { Hub } from "./hub";
import { LiveLimits, memoryLimiter, postgresLimiter, type LimiterFactory } from "./limits";
import { migrate } from "./migrate";
import { LocalNotifier, type LiveNotifier } from "./notifier";
import { openPglite } from "./pglite";
import { describeUrl, openPostgres, PgNotifier } from "./postgres";
import { RoomChecks } from "./room-checks";
import { LiveService } from "./service";
import type { SqlDb } from "./sql";
import { SqlLiveStore } from "./store";

export interface LiveRuntime {
  config: LiveConfig;
  db: SqlDb;
  service: LiveService;
  assignments: AssignmentService;
  hub: Hub;
  limits: LiveLimits;
  roomChecks: RoomChecks;
}

interface Holder {
  ready?: LiveRuntime;
  opening?: Promise<LiveRuntime>;
  /** Requests waiting for the store to open. */
  waiting?: number;
}

// Next bundles each route separately, so module state is not shared between routes: the one
// database handle, its readers and limits live on globalThis.
const KEY = Symbol.for("mobilization-explainer.live-runtime");
const holder = ((globalThis as Record<symbol, Holder | undefined>)[KEY] ??= {});

interface Engine {
  db: SqlDb;
  notifier: LiveNotifier;
  limiter: LimiterFactory;
  description: string;
}

/** PGlite in LIVE_DATA_DIR: one process, its lock file, limits in memory. */
async function openPgliteEngine(config: LiveConfig): Promise<Engine> {
  const opened = await openPglite(config.dataDir);
  try {
    await migrate(opened.db);
    opened.markReady();
  } catch (error) {
    await opened.db.close().catch(() => {});
    throw error;
  }
  return {
    db: opened.db,
    notifier: new LocalNotifier(),
    limiter: memoryLimiter,
    description: `PGlite store open in ${config.dataDir}`,
  };
}

/**
 * PostgreSQL at DATABASE_URL: any number of instances, fan-out by LISTEN/NOTIFY, limits in the
 * database. Connections are named `LIVE_INSTANCE` (default `live-<pid>`) in pg_stat_activity.
 */
async function openPostgresEngine(url: string, config: LiveConfig): Promise<Engine> {
  const db = openPostgres({ url, applicationName: config.instanceName, max: config.poolSize });
  let notifier: PgNotifier | undefined;
  try {
    await migrate(db);
    notifier = new PgNotifier({ url, applicationName: config.instanceName, db });
    await notifier.start();
  } catch (error) {
    await notifier?.close().catch(() => {});
    await db.close().catch(() => {});
    throw error;
  }
  return {
    db,
    notifier,
    limiter: postgresLimiter(db.pool),
    description: `PostgreSQL store open at ${describeUrl(url)}, instance ${config.instanceName}, pool of ${config.poolSize}`,
  };
}

async function open(): Promise<LiveRuntime> {
  const config = readConfig();
  const started = Date.now();
  const engine = config.databaseUrl
    ? await openPostgresEngine(config.databaseUrl, config)
    : await openPgliteEngine(config);
  const store = new SqlLiveStore(engine.db);
  const notifier = engine.notifier;
  const limits = new LiveLimits(config.limits, engine.limiter);
  const service = new LiveService(store, notifier, limits, { maxParticipants: config.maxParticipants });
  const hub = new Hub(service, notifier);
  const assignments = new AssignmentService(store, new AssignmentStore(engine.db), notifier, limits, {
    maxParticipants: config.maxAssignmentParticipants,
    retentionDays: config.assignmentRetentionDays,
  });
  const roomChecks = new RoomChecks(engine.db);
  const sweep = async () => {
    try {
      await assignments.emitDueClosed();
      const gone = await service.sweep(config.retentionHours, config.assignmentRetentionDays);
      if (gone.length)
        console.log(`Live classes: deleted ${gone.length} session(s) past ${config.retentionHours} h.`);
      await roomChecks.sweep();
    } catch (error) {
      console.error("Live classes: the retention sweep failed", error);
    }
  };
  await sweep();
  setInterval(sweep, config.sweepMinutes * 60_000).unref();
  // On shutdown `next start` waits for open connections: end the event streams (clients reconnect
  // with ?since= to whichever server comes next) so a restart does not hang on them.
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => hub.close());
  console.log(`Live classes: ${engine.description} (${Date.now() - started} ms).`);
  return { config, db: engine.db, service, assignments, hub, limits, roomChecks };
}

/**
 * The live-class runtime, opened on the first request that needs it (never at import: `next build`
 * imports route modules). Only an opened runtime is kept: a failed open is retried next time.
 */
export function getLive(): Promise<LiveRuntime> {
  if (holder.ready) return Promise.resolve(holder.ready);
  holder.opening ??= open().then(
    (runtime) => {
      holder.ready = runtime;
      holder.opening = undefined;
      return runtime;
    },
    (error: unknown) => {
      holder.opening = undefined;
      throw error;
    },
  );
  return holder.opening;
}

/**
 * Requests that wait for the store while it opens; any beyond are told to come back (`null`: the
 * caller answers 503 with `Retry-After`). A restarted instance meets every client of its classes at
 * once; left to queue, they bury it before it has opened (PGlite under 1,230 streams did not come
 * back), and the clients' retries pile on. A few wait, so the first request after a start (a
 * teacher creating a class) is simply served.
 */
export const OPEN_WAITERS = 16;

export async function getLiveOrShed(): Promise<LiveRuntime | null> {
  if (holder.ready) return holder.ready;
  if ((holder.waiting ?? 0) >= OPEN_WAITERS) {
    getLive().catch(() => {});
    return null;
  }
  holder.waiting = (holder.waiting ?? 0) + 1;
  try {
    return await getLive();
  } finally {
    holder.waiting = (holder.waiting ?? 1) - 1;
  }
}

import "server-only";
import { clock } from "./clock";
import type { SqlDb } from "./sql";

/** A check lasts this long: long enough to walk round a classroom, short enough to leave nothing. */
export const ROOM_CHECK_HOURS = 2;
/** At most this many phones are counted per check. */
const MAX_DEVICES = 500;

/**
 * "Can this phone reach the class?": a check made from the teacher page, counted once per phone that
 * opens it. Stored in the live store, so that it works with several instances on one PostgreSQL.
 */
export class RoomChecks {
  constructor(private readonly db: SqlDb) {}

  async create(id: string): Promise<void> {
    await this.db.query("INSERT INTO live_room_checks (id, created_at) VALUES ($1, $2)", [id, clock()]);
  }

  /** Counts a phone once; false when the check is unknown or over. */
  async hit(id: string, device: string): Promise<boolean> {
    const now = clock();
    const since = new Date(now.getTime() - ROOM_CHECK_HOURS * 3_600_000);
    const { rows } = await this.db.query<{ ok: number }>(
      `WITH c AS (
         SELECT id FROM live_room_checks
         WHERE id = $1 AND created_at > $3
           AND (SELECT count(*) FROM live_room_check_hits WHERE check_id = $1) < ${MAX_DEVICES}
       ), ins AS (
         INSERT INTO live_room_check_hits (check_id, device, seen_at)
         SELECT id, $2, $4 FROM c
         ON CONFLICT (check_id, device) DO NOTHING
       )
       SELECT 1 AS ok FROM c`,
      [id, device, since, now],
    );
    return rows.length > 0;
  }

  /** How many phones reached the check, or null when it is unknown or over. */
  async count(id: string): Promise<number | null> {
    const since = new Date(clock().getTime() - ROOM_CHECK_HOURS * 3_600_000);
    const { rows } = await this.db.query<{ phones: number | string }>(
      `SELECT (SELECT count(*) FROM live_room_check_hits WHERE check_id = c.id) AS phones
       FROM live_room_checks c WHERE c.id = $1 AND c.created_at > $2`,
      [id, since],
    );
    return rows[0] ? Number(rows[0].phones) : null;
  }

  /** Deletes checks past their time; returns how many. */
  async sweep(): Promise<number> {
    const since = new Date(clock().getTime() - ROOM_CHECK_HOURS * 3_600_000);
    const { rows } = await this.db.query("DELETE FROM live_room_checks WHERE created_at <= $1 RETURNING id", [
      since,
    ]);
    return rows.length;
  }
}

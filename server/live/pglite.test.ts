import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireLock, DataDirBusyError, openPglite } from "./pglite";

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "live-pglite-"));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("PGlite data folder", () => {
  it("refuses a folder whose lock a running process holds, with a clear message", async () => {
    const dir = tempDir();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      writeFileSync(join(dir, "live.lock"), `${other.pid}\n`);
      expect(() => acquireLock(dir)).toThrow(DataDirBusyError);
      expect(() => acquireLock(dir)).toThrow(`in use by process ${other.pid}`);
    } finally {
      other.kill("SIGKILL");
    }
  });

  it("takes over a lock left by a killed process", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "live.lock"), "999999999\n");
    const release = acquireLock(dir);
    release();
    expect(existsSync(join(dir, "live.lock"))).toBe(false);
  });

  it("moves a half-created folder aside and starts afresh", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "pg"));
    writeFileSync(join(dir, "pg", "PG_VERSION"), "17");
    const opened = await openPglite(dir);
    try {
      expect(opened.movedAside).toMatch(/pg\.half-created-/);
      expect(readdirSync(dir).some((f) => f.startsWith("pg.half-created-"))).toBe(true);
      expect((await opened.db.query<{ n: number }>("SELECT 1 AS n")).rows).toEqual([{ n: 1 }]);
      opened.markReady();
    } finally {
      await opened.db.close();
    }
    expect(existsSync(join(dir, "live.lock"))).toBe(false);
    const again = await openPglite(dir);
    expect(again.movedAside).toBeNull();
    await again.db.close();
  }, 60_000);
});

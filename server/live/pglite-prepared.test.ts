import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openMemoryPglite } from "./pglite";
import { sqlLiteral } from "./pglite-prepared";
import type { SqlDb } from "./sql";

describe("sqlLiteral", () => {
  it("quotes values as PGlite sends text parameters", () => {
    expect(sqlLiteral(null)).toBe("NULL");
    expect(sqlLiteral(undefined)).toBe("NULL");
    expect(sqlLiteral("it's")).toBe("'it''s'");
    expect(sqlLiteral("a\\b")).toBe("'a\\b'");
    expect(sqlLiteral(3)).toBe("'3'");
    expect(sqlLiteral(false)).toBe("'false'");
    expect(sqlLiteral(new Date("2022-09-27T10:00:00Z"))).toBe("'2022-09-27T10:00:00.000Z'");
    expect(sqlLiteral({ a: "'" })).toBe(`'{"a":"''"}'`);
    expect(() => sqlLiteral("a\0b")).toThrow(/NUL/);
    expect(() => sqlLiteral(Number.NaN)).toThrow(/finite/);
    expect(() => sqlLiteral([1])).toThrow(/arrays/);
  });
});

describe("prepared statements on PGlite", () => {
  let db: SqlDb;
  beforeAll(async () => {
    db = await openMemoryPglite();
    await db.exec("CREATE TABLE t (id text PRIMARY KEY, n int, at timestamptz, ok boolean, doc jsonb)");
  });
  afterAll(() => db.close());

  it("give the rows the same statement gives unprepared, whatever the values hold", async () => {
    const insert = "INSERT INTO t (id, n, at, ok, doc) VALUES ($1, $2, $3, $4, $5::jsonb) RETURNING *";
    const values = [
      ["q'uote", 1, new Date("2022-09-21T06:00:00Z"), true, { text: 'it\'s \\ "x"' }],
      ["back\\slash", 2, new Date("2022-09-25T06:00:00Z"), false, { text: "Қазақстан" }],
      ["'); DROP TABLE t; --", 3, null, null, null],
    ];
    // The first uses all at once: PREPARE runs once, none fails on "already exists".
    const rows = await Promise.all(values.map((v) => db.query(insert, v, { prepare: "t_insert" })));
    const select = "SELECT * FROM t WHERE id = $1";
    for (const [i, v] of values.entries()) {
      const plain = await db.query(select, [v[0]]);
      expect(rows[i]!.rows).toEqual(plain.rows);
      expect(await db.query(select, [v[0]], { prepare: "t_select" })).toEqual(plain);
    }
    expect((await db.query("SELECT count(*)::int AS n FROM t")).rows).toEqual([{ n: 3 }]);
  });

  it("refuses one name for two statements, and bad names", async () => {
    await db.query("SELECT $1::int AS x", [1], { prepare: "t_one" });
    await expect(db.query("SELECT $1::int + 1 AS x", [1], { prepare: "t_one" })).rejects.toThrow(/other SQL/);
    await expect(db.query("SELECT 1", [], { prepare: "bad name" })).rejects.toThrow(/bad prepared/);
  });
});

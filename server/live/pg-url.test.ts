import { userInfo } from "node:os";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { withDefaultUser } from "./pg-url";

describe("withDefaultUser", () => {
  const saved = { PGUSER: process.env.PGUSER, USER: process.env.USER };
  beforeEach(() => {
    delete process.env.PGUSER;
    delete process.env.USER;
  });
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it("names the operating system's user when the URL and the environment name none (as libpq does)", () => {
    expect(withDefaultUser("postgres://127.0.0.1:5432/test")).toBe(
      `postgres://${encodeURIComponent(userInfo().username)}@127.0.0.1:5432/test`,
    );
  });

  it("keeps a URL that names its user, with its password", () => {
    expect(withDefaultUser("postgres://live:s%40cret@db:5432/live")).toBe(
      "postgres://live:s%40cret@db:5432/live",
    );
  });

  it("leaves the user to node-postgres when PGUSER or USER is set", () => {
    process.env.PGUSER = "someone";
    expect(withDefaultUser("postgres://127.0.0.1:5432/test")).toBe("postgres://127.0.0.1:5432/test");
    delete process.env.PGUSER;
    process.env.USER = "someone";
    expect(withDefaultUser("postgres://127.0.0.1:5432/test")).toBe("postgres://127.0.0.1:5432/test");
  });

  it("leaves a value that is not a URL alone", () => {
    expect(withDefaultUser("not a url")).toBe("not a url");
  });
});

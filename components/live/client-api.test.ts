import { afterEach, describe, expect, it, vi } from "vitest";
import { errorCodeFor, liveApi, liveRequest, retryAfterSeconds } from "./client-api";

describe("live API client", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("maps answers to the server's error codes", () => {
    expect(errorCodeFor(403, { error: "full" })).toBe("full");
    expect(errorCodeFor(404, null)).toBe("unknown-session");
    expect(errorCodeFor(502, "<html>")).toBe("network");
    expect(errorCodeFor(500, { error: "something-new" })).toBe("server-error");
    expect(errorCodeFor(429, {})).toBe("rate-limited");
  });

  it("reads Retry-After as seconds or a date", () => {
    expect(retryAfterSeconds("30")).toBe(30);
    expect(retryAfterSeconds(new Date(10_000 + 5_000).toUTCString(), 10_000)).toBe(5);
    expect(retryAfterSeconds("soon")).toBeUndefined();
    expect(retryAfterSeconds(null)).toBeUndefined();
  });

  it("sends JSON with the key as a Bearer header, never in the URL", async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ recorded: true }), { status: 200 }));
    vi.stubGlobal("fetch", fetch);
    const r = await liveRequest(liveApi.answers("s1"), { body: { question: 0 }, key: "secret" });
    expect(r).toEqual({ ok: true, status: 200, data: { recorded: true } });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/live/s/s1/answers");
    expect(url).not.toContain("secret");
    expect(init.method).toBe("POST");
    expect((init.headers as Record<string, string>).Authorization).toBe("Bearer secret");
    expect(init.body).toBe('{"question":0}');
  });

  it("gives an error code and Retry-After, and `network` when there is no answer", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(
        async () =>
          new Response(JSON.stringify({ error: "rate-limited" }), {
            status: 429,
            headers: { "Retry-After": "12" },
          }),
      ),
    );
    expect(await liveRequest(liveApi.join(), { body: {} })).toEqual({
      ok: false,
      status: 429,
      code: "rate-limited",
      retryAfter: 12,
    });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("offline"))),
    );
    expect(await liveRequest(liveApi.join(), { body: {} })).toEqual({
      ok: false,
      status: 0,
      code: "network",
    });
  });
});

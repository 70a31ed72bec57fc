/**
 * Methods other than GET, HEAD and POST get a plain 405 from the app itself (server/methods.ts):
 * alone, `next start` answered TRACE with a 500 and a stack trace in its log, and rendered pages for
 * PUT and DELETE. Raw HTTP, since fetch refuses to send TRACE.
 */
import { request as httpRequest } from "node:http";
import { describe, expect, inject, it } from "vitest";

const base = new URL(inject("liveBase"));

function send(method: string, path: string): Promise<{ status: number; allow?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: base.hostname, port: base.port, method, path }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("HTTP methods", () => {
  const paths = [
    "/en",
    "/ru/live",
    "/api/live/sessions",
    "/api/live/s/AAAAAAAAAAAAAAAAAAAAAA/events",
    "/nope",
  ];
  for (const method of ["TRACE", "PUT", "DELETE", "OPTIONS", "PATCH"])
    it(`${method} is answered 405 with Allow, on pages and on the API`, async () => {
      for (const path of paths) {
        const r = await send(method, path);
        expect([path, r.status, r.allow], r.body).toEqual([path, 405, "GET, HEAD, POST"]);
        expect(r.body).toBe("Method Not Allowed\n");
      }
    });

  it("GET, HEAD and POST still reach the app", async () => {
    expect((await send("GET", "/en")).status).toBe(200);
    expect((await send("HEAD", "/en")).status).toBe(200);
    // An empty POST to the API: the app's own 4xx, not the guard's 405.
    expect((await send("POST", "/api/live/sessions")).status).toBe(415);
  });
});

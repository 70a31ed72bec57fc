import "server-only";
import { clientAddress } from "@/lib/live/address";
import type { z } from "zod";
import { LiveError } from "./errors";
import { peerAddress } from "./peer";
import { DataDirBusyError } from "./pglite";
import { isConnectionError } from "./postgres";
import { asUrgent } from "./priority";
import { getLiveOrShed, type LiveRuntime } from "./runtime";

export const MAX_BODY_BYTES = 4096;
const NO_STORE = { "Cache-Control": "no-store" };

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

/** A CSV file to save (the teacher's spreadsheet), never cached. */
export function csvResponse(csv: string, fileName: string): Response {
  return new Response(csv, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      ...NO_STORE,
    },
  });
}

export function errorResponse(error: LiveError): Response {
  return json(error.status, { error: error.code }, error.headers);
}

/** Reads a JSON body of at most 4 kB: 413 over it, 415 for another content type, 400 for bad JSON. */
export async function readJson(request: Request): Promise<unknown> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_BODY_BYTES) throw new LiveError(413, "too-large");
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") throw new LiveError(415, "bad-content-type");
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel().catch(() => {});
        throw new LiveError(413, "too-large");
      }
      chunks.push(value);
    }
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new LiveError(400, "bad-json");
  }
}

/** Parses a body with a schema; a mismatch is a 400 with `code`. */
export async function readBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  code = "bad-request",
): Promise<z.infer<S>> {
  const parsed = schema.safeParse(await readJson(request));
  if (!parsed.success) throw new LiveError(400, code);
  return parsed.data;
}

/** The client's address for rate limits (LIVE_TRUSTED_PROXIES; never stored). */
export function addressOf(request: Request, live: LiveRuntime): string {
  return clientAddress({
    forwardedFor: request.headers.get("x-forwarded-for"),
    peer: peerAddress(request.headers),
    trustedProxies: live.config.trustedProxies,
  });
}

let busyLogged = false;

/** A route whose work a room waits on (a stream opening, a teacher's command): see `handle`. */
export const URGENT = { urgent: true } as const;

/**
 * Runs a route's work with the runtime and turns failures into stable error answers. `urgent`: a
 * stream opening or a teacher's command, which PGlite serves before queued answers (priority.ts).
 */
export function handle(
  work: (live: LiveRuntime) => Promise<Response>,
  options: { urgent?: boolean } = {},
): Promise<Response> {
  return options.urgent ? asUrgent(() => handleNow(work)) : handleNow(work);
}

async function handleNow(work: (live: LiveRuntime) => Promise<Response>): Promise<Response> {
  try {
    const live = await getLiveOrShed();
    // The store is still opening and enough requests wait for it: come back in a moment.
    if (!live) return json(503, { error: "store-unavailable" }, { "Retry-After": "2" });
    return await work(live);
  } catch (error) {
    if (error instanceof LiveError) return errorResponse(error);
    if (error instanceof DataDirBusyError) {
      if (!busyLogged) console.error(error.message);
      busyLogged = true;
      return json(503, { error: "store-busy" });
    }
    if (isConnectionError(error)) {
      // PostgreSQL restarting or the connection cut: nothing was acknowledged; the client retries.
      console.warn(`Live classes: the database is unreachable (${(error as Error).message}).`);
      return json(503, { error: "store-unavailable" }, { "retry-after": "1" });
    }
    console.error("Live classes: request failed", error);
    return json(500, { error: "server-error" });
  }
}

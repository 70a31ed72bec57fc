/**
 * The browser's side of the live-class API (docs/live.md): JSON requests with an optional Bearer
 * key, and every failure turned into a stable error code that the screens show as a sentence in the
 * reader's language. Never throws.
 */

import { isLiveErrorCode, type LiveErrorCode } from "@/lib/live/error-codes";

export { liveErrorCodes, type LiveErrorCode } from "@/lib/live/error-codes";

export type LiveResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; code: LiveErrorCode; retryAfter?: number };

export interface LiveRequestInit {
  method?: "GET" | "POST";
  body?: unknown;
  /** Host key or resume key: sent as `Authorization: Bearer …`, never in the URL. */
  key?: string | null;
  signal?: AbortSignal;
}

/** The code for an answer that is not 2xx: the body's `error` when it is one we know. */
export function errorCodeFor(status: number, body: unknown): LiveErrorCode {
  const error = typeof body === "object" && body !== null ? (body as { error?: unknown }).error : undefined;
  if (isLiveErrorCode(error)) return error;
  if (status === 429) return "rate-limited";
  if (status === 404) return "unknown-session";
  if (status === 403) return "forbidden";
  if (status === 410) return "ended";
  // A proxy's 502/503/504 while the server restarts is, for the reader, the network being away.
  if (status === 502 || status === 503 || status === 504 || status === 0) return "network";
  return "server-error";
}

/** `Retry-After` in seconds (a number of seconds or an HTTP date), or undefined. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** A response's JSON body, or null when it has none (a proxy's HTML error page, an empty body). */
export async function jsonOf(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return null;
  }
}

export async function liveRequest<T>(path: string, init: LiveRequestInit = {}): Promise<LiveResult<T>> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (init.body !== undefined) headers["Content-Type"] = "application/json";
  if (init.key) headers.Authorization = `Bearer ${init.key}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      cache: "no-store",
      signal: init.signal,
    });
  } catch {
    return { ok: false, status: 0, code: "network" };
  }
  const body = await jsonOf(response);
  if (response.ok) return { ok: true, status: response.status, data: body as T };
  const retryAfter = retryAfterSeconds(response.headers.get("Retry-After"));
  return {
    ok: false,
    status: response.status,
    code: errorCodeFor(response.status, body),
    ...(retryAfter === undefined ? {} : { retryAfter }),
  };
}

/** The live API's addresses, built in one place. */
export const liveApi = {
  sessions: () => "/api/live/sessions",
  join: () => "/api/live/join",
  /** Where phones should open the join link (the lobby's link and QR code). */
  joinOrigins: () => "/api/live/join-origins",
  /** "Can this phone reach the class?": a new check, and one check (count it / how many). */
  roomChecks: () => "/api/live/room-checks",
  roomCheck: (checkId: string) => `/api/live/room-checks/${encodeURIComponent(checkId)}`,
  events: (sessionId: string) => `/api/live/s/${encodeURIComponent(sessionId)}/events`,
  hostEvents: (sessionId: string) => `/api/live/s/${encodeURIComponent(sessionId)}/host/events`,
  commands: (sessionId: string) => `/api/live/s/${encodeURIComponent(sessionId)}/commands`,
  answers: (sessionId: string) => `/api/live/s/${encodeURIComponent(sessionId)}/answers`,
  participant: (sessionId: string, participantId: string) =>
    `/api/live/s/${encodeURIComponent(sessionId)}/participants/${encodeURIComponent(participantId)}`,
  /** The counts; as CSV, in a language and with the separator the teacher's spreadsheet expects. */
  summary: (sessionId: string, csv?: { locale: string; sep: string }) =>
    `/api/live/s/${encodeURIComponent(sessionId)}/summary${
      csv ? `?${new URLSearchParams({ format: "csv", locale: csv.locale, sep: csv.sep })}` : ""
    }`,
};

/** Tells the server a participant's language (it counts the class by language). */
export function tellLocale(
  sessionId: string,
  keys: { participantId: string; resumeKey: string },
  locale: string,
) {
  return liveRequest(liveApi.participant(sessionId, keys.participantId), {
    body: { locale },
    key: keys.resumeKey,
  });
}

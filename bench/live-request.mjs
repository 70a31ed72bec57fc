// JSON requests to the live API, shared by the generator's threads (bench/live-worker.mjs) and the
// main thread (bench/live-lib.mjs `api`, the homework bench): errors counted by a label, a timer of
// our own (not AbortSignal.timeout, whose signal Node may collect before it fires: the 7 December
// runs had answers hanging for minutes behind a full accept queue), and, with `retry`, the phone's
// retries. No side effects at import (worker threads load it).
import { performance } from "node:perf_hooks";

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** `Retry-After` in seconds when it is a number. */
export const retryAfterOf = (res) => {
  const v = res.headers.get("retry-after");
  return v && /^\d+$/.test(v.trim()) ? Number(v) : undefined;
};

/**
 * @param {{ base: string, error: (what: string) => void, timeoutMs?: number, retry?: boolean }} o
 * @returns {Promise<{ status: number, body: any }>}
 */
export async function jsonRequest(o, method, path, body, key) {
  const label = `${method} ${path.replace(/\/s\/[^/]+/, "/s/…").replace(/\/participants\/.+/, "/participants/…")}`;
  const timeoutMs = o.timeoutMs ?? 15_000;
  const deadline = now() + 30_000;
  for (let attempt = 0; ; attempt++) {
    let status = 0;
    let json = null;
    let retryAfter;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const res = await fetch(`${o.base}/api/live${path}`, {
        method,
        headers: {
          ...(body ? { "content-type": "application/json" } : {}),
          ...(key ? { authorization: `Bearer ${key}` } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
        signal: controller.signal,
      });
      status = res.status;
      retryAfter = retryAfterOf(res);
      json = await res.json().catch(() => null);
      if (res.ok) return { status, body: json };
      o.error(`${label} → ${status}${json?.error ? ` ${json.error}` : ""}`);
    } catch (e) {
      o.error(
        `${label} → ${controller.signal.aborted ? `timeout (${timeoutMs / 1000} s)` : (e.cause?.code ?? e.name)}`,
      );
    } finally {
      clearTimeout(timer);
    }
    // Retried as a student taps again when the server could not take it (502/503/429, a cut or
    // refused connection), with the same body, after its `Retry-After` if it gave one; a 4xx other
    // than 429 is final.
    const again = status === 0 || status === 502 || status === 503 || status === 429;
    if (!o.retry || !again || now() > deadline) return { status, body: json };
    await sleep(
      retryAfter !== undefined
        ? retryAfter * 1000 * (1 + Math.random())
        : Math.min(2000, 250 * 2 ** attempt) * (0.5 + Math.random()),
    );
  }
}

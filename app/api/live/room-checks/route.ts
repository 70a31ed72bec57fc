import { LiveError } from "@/server/live/errors";
import { addressOf, handle, json, readJson } from "@/server/live/http";
import { newId } from "@/server/live/keys";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A new room check ("can this phone reach the class?"), rate-limited like new classes. */
export function POST(request: Request) {
  return handle(async (live) => {
    await readJson(request);
    const wait = await live.limits.createSession(addressOf(request, live));
    if (wait !== null) throw new LiveError(429, "rate-limited", { "Retry-After": String(wait) });
    const checkId = newId();
    await live.roomChecks.create(checkId);
    return json(201, { checkId });
  });
}

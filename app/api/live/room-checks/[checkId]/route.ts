import { roomCheckHitSchema } from "@/lib/live/schemas";
import { LiveError } from "@/server/live/errors";
import { handle, json, readBody } from "@/server/live/http";
import { isId } from "@/server/live/keys";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Ctx = RouteContext<"/api/live/room-checks/[checkId]">;

/** A phone opened the check page: counted once per device. */
export function POST(request: Request, ctx: Ctx) {
  return handle(async (live) => {
    const { checkId } = await ctx.params;
    const body = await readBody(request, roomCheckHitSchema);
    if (!isId(checkId) || !(await live.roomChecks.hit(checkId, body.device)))
      throw new LiveError(404, "unknown-session");
    return json(200, { counted: true });
  });
}

/** How many phones reached the check (the teacher page asks every few seconds). */
export function GET(_request: Request, ctx: Ctx) {
  return handle(async (live) => {
    const { checkId } = await ctx.params;
    const phones = isId(checkId) ? await live.roomChecks.count(checkId) : null;
    if (phones === null) throw new LiveError(404, "unknown-session");
    return json(200, { phones });
  });
}

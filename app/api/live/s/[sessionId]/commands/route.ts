import { commandSchema } from "@/lib/live/schemas";
import { handle, URGENT, json, readBody } from "@/server/live/http";
import { bearer } from "@/server/live/keys";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function POST(request: Request, ctx: RouteContext<"/api/live/s/[sessionId]/commands">) {
  return handle(async (live) => {
    const { sessionId } = await ctx.params;
    const key = bearer(request.headers);
    // The key is checked before the body is read, so a stranger learns nothing from a body error.
    await live.service.hostSession(sessionId, key);
    const body = await readBody(request, commandSchema);
    return json(200, await live.service.command(sessionId, key, body));
  }, URGENT);
}

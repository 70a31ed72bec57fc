import { handle, URGENT } from "@/server/live/http";
import { bearer } from "@/server/live/keys";
import { pollResponse, streamResponse } from "@/server/live/stream";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(request: Request, ctx: RouteContext<"/api/live/s/[sessionId]/host/events">) {
  return handle(async (live) => {
    const session = await live.service.hostSession((await ctx.params).sessionId, bearer(request.headers));
    if (new URL(request.url).searchParams.get("poll") === "1")
      return pollResponse(live, session, "host", request);
    return streamResponse(live, session, "host", request);
  }, URGENT);
}

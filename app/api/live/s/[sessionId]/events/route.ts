import { handle, URGENT } from "@/server/live/http";
import { pollResponse, streamResponse } from "@/server/live/stream";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(request: Request, ctx: RouteContext<"/api/live/s/[sessionId]/events">) {
  return handle(async (live) => {
    const session = await live.service.session((await ctx.params).sessionId);
    if (new URL(request.url).searchParams.get("poll") === "1")
      return pollResponse(live, session, "student", request);
    return streamResponse(live, session, "student", request);
  }, URGENT);
}

import { handle } from "@/server/live/http";
import { bearer } from "@/server/live/keys";
import { pollResponse, streamResponse } from "@/server/live/stream";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** An assignment's events for the teacher's results page (counts, hand-ins, closing): docs/live.md. */
export function GET(request: Request, ctx: RouteContext<"/api/live/a/[sessionId]/host/events">) {
  return handle(async (live) => {
    const session = await live.assignments.streamed((await ctx.params).sessionId, bearer(request.headers));
    if (new URL(request.url).searchParams.get("poll") === "1")
      return pollResponse(live, session, "host", request, { patient: true });
    return streamResponse(live, session, "host", request, { patient: true });
  });
}

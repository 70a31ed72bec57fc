import { STUDENT_EVENTS } from "@/server/live/assignment-service";
import { handle } from "@/server/live/http";
import { pollResponse, streamResponse } from "@/server/live/stream";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** An assignment's events for its students' pages (`closed`, `reopened`, `deleted`): docs/live.md. */
export function GET(request: Request, ctx: RouteContext<"/api/live/a/[sessionId]/events">) {
  return handle(async (live) => {
    const session = await live.assignments.streamed((await ctx.params).sessionId);
    if (new URL(request.url).searchParams.get("poll") === "1")
      return pollResponse(live, session, "student", request, { only: STUDENT_EVENTS });
    return streamResponse(live, session, "student", request, { only: STUDENT_EVENTS });
  });
}

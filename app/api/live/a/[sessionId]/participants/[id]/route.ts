import { handle, json } from "@/server/live/http";
import { bearer } from "@/server/live/keys";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The student's own answers, hand-in and receipt (resume key). */
export function GET(request: Request, ctx: RouteContext<"/api/live/a/[sessionId]/participants/[id]">) {
  return handle(async (live) => {
    const { sessionId, id } = await ctx.params;
    return json(200, await live.assignments.me(sessionId, id, bearer(request.headers)));
  });
}

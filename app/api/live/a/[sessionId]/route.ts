import { handle, json } from "@/server/live/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** What the homework page shows before joining: the close time and the teacher's choices. */
export function GET(_request: Request, ctx: RouteContext<"/api/live/a/[sessionId]">) {
  return handle(async (live) => {
    const a = await live.assignments.assignment((await ctx.params).sessionId);
    return json(200, live.assignments.publicInfo(a));
  });
}

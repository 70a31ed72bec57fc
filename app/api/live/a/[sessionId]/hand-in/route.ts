import { handInSchema } from "@/lib/assign/schemas";
import { handle, json, readBody } from "@/server/live/http";
import { bearer } from "@/server/live/keys";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Hands in once; again → the same receipt. */
export function POST(request: Request, ctx: RouteContext<"/api/live/a/[sessionId]/hand-in">) {
  return handle(async (live) => {
    const { sessionId } = await ctx.params;
    const body = await readBody(request, handInSchema);
    return json(200, await live.assignments.handIn(sessionId, bearer(request.headers), body));
  });
}

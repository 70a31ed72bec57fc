import { assignmentCommandSchema } from "@/lib/assign/schemas";
import { handle, json, readBody } from "@/server/live/http";
import { bearer } from "@/server/live/keys";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Close now, extend, a new results link (rotate the key), delete. */
export function POST(request: Request, ctx: RouteContext<"/api/live/a/[sessionId]/commands">) {
  return handle(async (live) => {
    const { sessionId } = await ctx.params;
    const body = await readBody(request, assignmentCommandSchema);
    return json(200, await live.assignments.command(sessionId, bearer(request.headers), body));
  });
}

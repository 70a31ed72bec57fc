import { answerSchema } from "@/lib/live/schemas";
import { handle, json, readBody } from "@/server/live/http";
import { bearer } from "@/server/live/keys";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function POST(request: Request, ctx: RouteContext<"/api/live/a/[sessionId]/answers">) {
  return handle(async (live) => {
    const { sessionId } = await ctx.params;
    const body = await readBody(request, answerSchema, "bad-answer");
    return json(200, await live.assignments.answer(sessionId, bearer(request.headers), body));
  });
}

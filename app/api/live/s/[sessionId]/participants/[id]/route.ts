import { participantUpdateSchema } from "@/lib/live/schemas";
import { handle, json, readBody } from "@/server/live/http";
import { bearer } from "@/server/live/keys";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Ctx = RouteContext<"/api/live/s/[sessionId]/participants/[id]">;

export function GET(request: Request, ctx: Ctx) {
  return handle(async (live) => {
    const { sessionId, id } = await ctx.params;
    return json(200, await live.service.participantState(sessionId, id, bearer(request.headers)));
  });
}

export function POST(request: Request, ctx: Ctx) {
  return handle(async (live) => {
    const { sessionId, id } = await ctx.params;
    const body = await readBody(request, participantUpdateSchema);
    return json(200, await live.service.updateParticipant(sessionId, id, bearer(request.headers), body));
  });
}

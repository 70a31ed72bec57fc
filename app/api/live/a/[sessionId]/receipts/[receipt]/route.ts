import { addressOf, handle, json } from "@/server/live/http";
import { bearer } from "@/server/live/keys";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** "Check a receipt" (host key): its score and hand-in time. */
export function GET(request: Request, ctx: RouteContext<"/api/live/a/[sessionId]/receipts/[receipt]">) {
  return handle(async (live) => {
    const { sessionId, receipt } = await ctx.params;
    const address = addressOf(request, live);
    return json(
      200,
      await live.assignments.checkReceipt(sessionId, bearer(request.headers), receipt, address),
    );
  });
}

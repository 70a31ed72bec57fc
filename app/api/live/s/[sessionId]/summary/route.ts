import { handle, json } from "@/server/live/http";
import { bearer } from "@/server/live/keys";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(request: Request, ctx: RouteContext<"/api/live/s/[sessionId]/summary">) {
  return handle(async (live) => {
    const summary = await live.service.summary((await ctx.params).sessionId, bearer(request.headers));
    if (new URL(request.url).searchParams.get("format") !== "csv") return json(200, summary);
    return new Response(live.service.summaryCsv(summary), {
      status: 200,
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="live-class-${summary.classCode}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  });
}

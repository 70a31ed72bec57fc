import { isCsvSeparator } from "@/lib/live/summary-csv";
import { isLocale } from "@/lib/locales";
import { csvResponse, handle, json } from "@/server/live/http";
import { bearer } from "@/server/live/keys";
import { summaryCsvFor } from "@/server/live/summary-csv";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The class's counts; `?format=csv` as the teacher's spreadsheet, in `?locale=` (else the class's
 * language) with the separator `?sep=` (`,` or `;`: the one the teacher's spreadsheet expects).
 */
export function GET(request: Request, ctx: RouteContext<"/api/live/s/[sessionId]/summary">) {
  return handle(async (live) => {
    const summary = await live.service.summary((await ctx.params).sessionId, bearer(request.headers));
    const params = new URL(request.url).searchParams;
    if (params.get("format") !== "csv") return json(200, summary);
    const asked = params.get("locale");
    const locale = isLocale(asked) ? asked : isLocale(summary.locale) ? summary.locale : "en";
    const sep = params.get("sep");
    const csv = await summaryCsvFor(summary, locale, isCsvSeparator(sep) ? sep : ",");
    return csvResponse(csv, `live-class-${summary.classCode}.csv`);
  });
}

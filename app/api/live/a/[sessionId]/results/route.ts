import { receiptsCsv } from "@/lib/assign/receipts-csv";
import { isCsvSeparator } from "@/lib/live/summary-csv";
import { isLocale } from "@/lib/locales";
import { csvResponse, handle, json } from "@/server/live/http";
import { bearer } from "@/server/live/keys";
import { rawLabels } from "@/server/raw-labels";
import { summaryCsvFor } from "@/server/live/summary-csv";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The teacher's results (host key): counts, per question, by language, receipts with scores.
 * `?format=csv&what=counts|receipts` as a spreadsheet in `?locale=` with the separator `?sep=`.
 */
export function GET(request: Request, ctx: RouteContext<"/api/live/a/[sessionId]/results">) {
  return handle(async (live) => {
    const results = await live.assignments.results((await ctx.params).sessionId, bearer(request.headers));
    const params = new URL(request.url).searchParams;
    if (params.get("format") !== "csv") return json(200, results);
    const asked = params.get("locale");
    const locale = isLocale(asked) ? asked : isLocale(results.locale) ? results.locale : "en";
    const sep = params.get("sep");
    const separator = isCsvSeparator(sep) ? sep : ",";
    const name = `homework-${results.joinCode}`;
    if (params.get("what") === "receipts") {
      const labels = await rawLabels(locale, "assign", ["csvReceipt", "csvHandedIn", "csvScore"]);
      const csv = receiptsCsv({ ...results, locale, labels, separator });
      return csvResponse(csv, `${name}-receipts.csv`);
    }
    return csvResponse(await summaryCsvFor(results, locale, separator), `${name}-counts.csv`);
  });
}

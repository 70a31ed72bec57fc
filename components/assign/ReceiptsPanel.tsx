import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { liveRequest, type LiveErrorCode } from "@/components/live/client-api";
import { downloadCsv } from "@/components/live/host/csv-download";
import { formatReceipt } from "@/lib/assign/receipt";
import { formatWallTime } from "@/lib/assign/schedule";
import { KK_FORMATS } from "@/lib/kk-calendar";
import { csvSeparatorFor } from "@/lib/live/summary-csv";
import { assignApi } from "./assign-api";
import { FieldForm } from "./parts";
import type { ResultsPanelProps } from "./results-api";

/** The receipts handed in, with scores and times; "check a receipt"; the two spreadsheets. */
export function ReceiptsPanel({ results, sessionId, hostKey, locale, errors }: ResultsPanelProps) {
  const t = useTranslations("assign");
  const id = useId();
  const [typed, setTyped] = useState("");
  const [found, setFound] = useState<string | null>(null);
  const [problem, setProblem] = useState<LiveErrorCode | null>(null);
  const when = (iso: string) =>
    formatWallTime(new Date(iso), results.zoneOffset, locale, KK_FORMATS.longTime);

  async function check() {
    setFound(null);
    setProblem(null);
    const r = await liveRequest<{ receipt: string; handedInAt: string; score: number; count: number }>(
      assignApi.receipt(sessionId, typed.trim() || "-"),
      { key: hostKey },
    );
    if (r.ok)
      setFound(
        t("checkFound", {
          receipt: formatReceipt(r.data.receipt),
          when: when(r.data.handedInAt),
          score: r.data.score,
          total: r.data.count,
        }),
      );
    else setProblem(r.code);
  }

  async function download(what: "counts" | "receipts") {
    setProblem(null);
    const sep = csvSeparatorFor(navigator.language);
    const name = `homework-${results.joinCode}-${what}.csv`;
    const failed = await downloadCsv(assignApi.results(sessionId, { what, locale, sep }), hostKey, name);
    if (failed) setProblem(failed);
  }

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4">
      <h2 id={`${id}-title`} className="text-xl">
        {t("receiptsTitle")}
      </h2>
      {results.receipts.length === 0 ? (
        <p>{t("receiptsNone")}</p>
      ) : (
        <table className="w-full max-w-xl text-start" data-testid="receipts-table">
          <thead>
            <tr>
              <th className="text-start">{t("colReceipt")}</th>
              <th className="text-start">{t("colScore")}</th>
              <th className="text-start">{t("colHandedIn")}</th>
            </tr>
          </thead>
          <tbody>
            {results.receipts.map((r) => (
              <tr key={r.receipt} className="border-t border-border">
                <td className="tabular-nums py-1 font-mono text-lg">{formatReceipt(r.receipt)}</td>
                <td className="tabular-nums">
                  {t("scoreShort", { correct: r.score, total: results.count })}
                </td>
                <td>{when(r.handedInAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <FieldForm
        label={t("checkLabel")}
        value={typed}
        onChange={setTyped}
        button={t("check")}
        onSubmit={() => void check()}
        inputClassName="w-[10ch] font-mono text-xl uppercase"
      />
      <p role="status" data-testid="receipt-check">
        {found ?? (problem ? errors[problem] : null)}
      </p>
      <div className="no-print flex flex-wrap gap-3">
        <button type="button" className="btn btn-secondary" onClick={() => void download("counts")}>
          {t("csvCounts")}
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => void download("receipts")}>
          {t("csvReceipts")}
        </button>
      </div>
    </section>
  );
}

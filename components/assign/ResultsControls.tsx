import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { liveRequest, type LiveErrorCode } from "@/components/live/client-api";
import { formatJoinCode } from "@/lib/live/codes";
import { paths } from "@/lib/paths";
import { assignApi } from "./assign-api";
import { Problem } from "./parts";
import type { ResultsPanelProps } from "./results-api";

/** Close now, extend to a new time, a new results link (the old one stops working), delete. */
export function ResultsControls({
  results,
  sessionId,
  hostKey,
  locale,
  errors,
  onChanged,
  onKey,
  onDeleted,
}: ResultsPanelProps & {
  onChanged: () => void;
  onKey: (key: string) => void;
  onDeleted: () => void;
}) {
  const t = useTranslations("assign");
  const id = useId();
  const [until, setUntil] = useState("");
  const [problem, setProblem] = useState<LiveErrorCode | null>(null);
  const [link, setLink] = useState<string | null>(null);

  async function command(body: Record<string, unknown>) {
    setProblem(null);
    const r = await liveRequest<{ hostKey?: string; deleted?: boolean }>(assignApi.commands(sessionId), {
      body,
      key: hostKey,
    });
    if (!r.ok) return setProblem(r.code);
    if (r.data.deleted) return onDeleted();
    if (r.data.hostKey) {
      onKey(r.data.hostKey);
      setLink(`${window.location.origin}${paths.homeworkResults(locale, sessionId)}#k=${r.data.hostKey}`);
    }
    onChanged();
  }

  function extend() {
    const at = new Date(until);
    if (Number.isNaN(at.getTime())) return setProblem("bad-closes-at");
    void command({ type: "extend", closesAt: at.toISOString(), zoneOffset: -at.getTimezoneOffset() });
  }

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="no-print space-y-3 rounded-lg border border-border p-4"
    >
      <h2 id={`${id}-title`} className="text-xl">
        {t("manageTitle")}
      </h2>
      <p>
        {t("joinCodeIs")}{" "}
        <strong className="tabular-nums text-2xl tracking-widest">{formatJoinCode(results.joinCode)}</strong>
      </p>
      <div className="flex flex-wrap items-end gap-3">
        {!results.closed && (
          <button type="button" className="btn btn-secondary" onClick={() => void command({ type: "close" })}>
            {t("closeNow")}
          </button>
        )}
        {/* Never wider than the box: a phone's date and time field shrinks with it. */}
        <div className="flex max-w-full min-w-0 flex-col">
          <label htmlFor={`${id}-until`} className="font-semibold">
            {t("extendLabel")}
          </label>
          <input
            id={`${id}-until`}
            type="datetime-local"
            value={until}
            onChange={(event) => setUntil(event.target.value)}
            className="tabular-nums mt-1 min-h-11 w-full max-w-[16rem] min-w-0 rounded-md border-2 border-border bg-bg px-2"
          />
        </div>
        <button type="button" className="btn btn-secondary" onClick={extend}>
          {t("extend")}
        </button>
      </div>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => void command({ type: "rotate-key" })}
        >
          {t("newLink")}
        </button>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => {
            if (window.confirm(t("deleteConfirm"))) void command({ type: "delete" });
          }}
        >
          {t("deleteIt")}
        </button>
      </div>
      {link && (
        <p className="break-all" data-testid="new-results-link">
          {t("newLinkIs")} <a href={link}>{link}</a>
        </p>
      )}
      <Problem text={problem && errors[problem]} />
    </section>
  );
}

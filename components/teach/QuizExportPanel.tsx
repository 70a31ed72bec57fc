"use client";

import { useState, useSyncExternalStore } from "react";
import { fetchBundle, reloadForNewBuild, StaleBundleError } from "@/components/quiz/use-quiz-bundle";
import type { ExportFileLabels } from "@/lib/export/class-quiz";
import { localeNames, locales, type Locale } from "@/lib/locales";
import { fill } from "@/lib/fill";
import { browserLinkOrigin } from "@/lib/export/link-origin";
import type { ExportPanelLabels } from "@/server/quiz-export-labels";

const formats = ["moodle", "gift", "qti"] as const;
type Format = (typeof formats)[number];
// Moodle's ordering question is the default (Moodle 4.4 and later); matching for older sites.
const orders = ["ordering", "matching"] as const;
type Order = (typeof orders)[number];

/** What the server gives the panel: strings, and SITE_URL if the build had one (the CLI reads the same). */
export interface QuizExportSetup {
  labels: ExportPanelLabels;
  fileLabels: Record<Locale, ExportFileLabels>;
  siteUrl: string | null;
}

const noSubscription = () => () => {};
/** The page's origin in the browser; `null` while rendering on the server. */
const usePageOrigin = () =>
  useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => null,
  );

type Status = { kind: "idle" } | { kind: "busy" } | { kind: "done"; file: string } | { kind: "failed" };

/**
 * Downloads the class's quiz as a Moodle XML, GIFT or QTI file, made here in the browser from the
 * same `/{locale}/quiz/{hash}.json` the quiz page loads, so it works in the static export too. The
 * exporters (and fflate, for the zip) load only when a file is asked for.
 */
export function QuizExportPanel({
  locale,
  bundles,
  code,
  count,
  setup: { labels, fileLabels, siteUrl },
}: {
  locale: Locale;
  /** Every locale's quiz bundle URL, as this build made them. */
  bundles: Record<Locale, string>;
  code: string;
  count: number;
  setup: QuizExportSetup;
}) {
  const [format, setFormat] = useState<Format>("moodle");
  const [language, setLanguage] = useState<Locale | "all">(locale);
  const [order, setOrder] = useState<Order>("ordering");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  // "All three" is Moodle's multi-language markup; the other formats take one language.
  const lang = format !== "moodle" && language === "all" ? locale : language;
  // Links go to SITE_URL, else to this page's origin; one only this computer opens is warned about.
  const links = browserLinkOrigin(siteUrl, usePageOrigin());

  async function download() {
    if (!links) return;
    setStatus({ kind: "busy" });
    try {
      const chosen: readonly Locale[] = lang === "all" ? locales : [lang];
      const [{ classQuizForExport }, { makeExportFile }, sources] = await Promise.all([
        import("@/lib/export/class-quiz"),
        import("@/lib/export/export-file"),
        Promise.all(chosen.map((l) => fetchBundle(bundles[l], l, "default"))),
      ]);
      const quizzes = sources.map((source, i) =>
        classQuizForExport({
          source,
          seed: code,
          count,
          labels: fileLabels[chosen[i]!],
          siteUrl: links.origin,
        }),
      );
      const file = await makeExportFile({ format, quizzes, ...(format === "moodle" ? { order } : {}) });
      const url = URL.createObjectURL(new Blob([new Uint8Array(file.bytes)], { type: file.type }));
      const link = document.createElement("a");
      link.href = url;
      link.download = file.name;
      document.body.append(link);
      link.click();
      link.remove();
      // Revoked a little later: some browsers start reading the blob after click() returns.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus({ kind: "done", file: file.name });
    } catch (error) {
      console.warn(error);
      // A newer build replaced the bundles: the reloaded page knows their new names.
      if (error instanceof StaleBundleError && reloadForNewBuild(error.url)) return;
      setStatus({ kind: "failed" });
    }
  }

  const notes = [
    labels.noteFeedback,
    ...(format === "gift" ? [labels.noteGift] : []),
    lang === "all" ? labels.noteAllLanguages : labels.noteOneLanguage,
    format === "moodle" && order === "ordering" ? labels.noteOrderOrdering : labels.noteOrderMatching,
    ...(links ? [fill(labels.linksTo, { origin: links.origin })] : []),
    labels.noteNotCarried,
  ];
  const radio = "size-5 accent-accent";
  const option = "flex min-h-11 cursor-pointer items-center gap-2";

  return (
    <section
      aria-labelledby="export-title"
      className="no-print rounded-lg border border-border p-4"
      data-testid="quiz-export"
    >
      <h3 id="export-title" className="text-xl">
        {labels.panelTitle}
      </h3>
      <p className="mt-1 max-w-[68ch]">{labels.panelHelp}</p>
      <form
        className="mt-3 space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          void download();
        }}
      >
        <fieldset>
          <legend className="font-semibold">{labels.format}</legend>
          <div className="flex flex-wrap gap-x-6">
            {formats.map((f) => (
              <label key={f} className={option}>
                <input
                  type="radio"
                  name="export-format"
                  value={f}
                  checked={format === f}
                  onChange={() => setFormat(f)}
                  className={radio}
                />
                {labels[f]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-col items-start">
          <label htmlFor="export-language" className="font-semibold">
            {labels.language}
          </label>
          <select
            id="export-language"
            value={lang}
            onChange={(event) => setLanguage(event.target.value as Locale | "all")}
            className="mt-1 min-h-11 max-w-full rounded-md border-2 border-border bg-bg px-3"
          >
            {locales.map((l) => (
              <option key={l} value={l} lang={l}>
                {localeNames[l]}
              </option>
            ))}
            {format === "moodle" && <option value="all">{labels.allLanguages}</option>}
          </select>
        </div>
        {format === "moodle" && (
          <fieldset>
            <legend className="font-semibold">{labels.orderAs}</legend>
            <div className="flex flex-wrap gap-x-6">
              {orders.map((o) => (
                <label key={o} className={option}>
                  <input
                    type="radio"
                    name="export-order"
                    value={o}
                    checked={order === o}
                    onChange={() => setOrder(o)}
                    className={radio}
                  />
                  {o === "matching" ? labels.orderMatching : labels.orderOrdering}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className="btn btn-primary" disabled={status.kind === "busy"}>
            {labels.download}
          </button>
          <p role="status" className="min-h-6">
            {status.kind === "busy" && labels.preparing}
            {status.kind === "done" && fill(labels.ready, { file: status.file })}
            {status.kind === "failed" && labels.failed}
          </p>
        </div>
      </form>
      {links?.local && (
        <p
          className="mt-4 max-w-[68ch] rounded-md border-2 border-current p-2 font-semibold"
          data-testid="export-links-local"
        >
          {fill(labels.linksLocal, { origin: links.origin })}
        </p>
      )}
      <h4 className="mt-4 font-semibold">{labels.notesTitle}</h4>
      <ul className="mt-1 max-w-[68ch] list-disc space-y-1 ps-6">
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  );
}

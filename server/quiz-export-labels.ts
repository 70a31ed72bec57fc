import "server-only";
import { getTranslations } from "next-intl/server";
import { exportFileLabels } from "@/lib/export/labels";
import type { ExportFileLabels } from "@/lib/export/class-quiz";
import { locales, type Locale } from "@/lib/locales";

/** The download panel's own strings, in the page's language. */
export const exportPanelKeys = [
  "panelTitle",
  "panelHelp",
  "format",
  "moodle",
  "gift",
  "qti",
  "language",
  "allLanguages",
  "orderAs",
  "orderMatching",
  "orderOrdering",
  "download",
  "preparing",
  "failed",
  "ready",
  "notesTitle",
  "noteFeedback",
  "noteNotCarried",
  "noteOneLanguage",
  "noteAllLanguages",
  "noteOrderMatching",
  "noteOrderOrdering",
  "noteGift",
  "linksTo",
  "linksLocal",
] as const;

export type ExportPanelLabels = Record<(typeof exportPanelKeys)[number], string>;

/** Raw strings (the panel fills `{file}` itself), as `rawLabels` gives other namespaces. */
export async function exportPanelLabels(locale: Locale): Promise<ExportPanelLabels> {
  const t = await getTranslations({ locale, namespace: "QuizExport" });
  return Object.fromEntries(exportPanelKeys.map((k) => [k, t.raw(k) as string])) as ExportPanelLabels;
}

/**
 * The files' strings in every language (a teacher on the English page may download Kazakh), with
 * the ordinals formatted here so the browser needs no message formatter. The CLI makes the same
 * from the message files (scripts/quiz-source.ts).
 */
export async function allExportFileLabels(): Promise<Record<Locale, ExportFileLabels>> {
  const entries = await Promise.all(
    locales.map(async (locale) => {
      const t = await getTranslations({ locale, namespace: "QuizExport" });
      return [
        locale,
        exportFileLabels(
          (key) => t.raw(key) as string,
          (n) => t("ordinal", { n }),
        ),
      ] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Locale, ExportFileLabels>;
}

import { ORDINALS, fileLabelKeys, type ExportFileLabels } from "./class-quiz";

/**
 * The export files' strings from the `QuizExport` messages of one language. `raw` gives a message
 * unformatted; `ordinal` formats the `ordinal` message for n. The teacher page (next-intl) and the
 * CLI (intl-messageformat) both come through here, so their files carry the same text.
 */
export function exportFileLabels(
  raw: (key: (typeof fileLabelKeys)[number]) => string,
  ordinal: (n: number) => string,
): ExportFileLabels {
  const labels = Object.fromEntries(fileLabelKeys.map((k) => [k, raw(k)])) as Omit<
    ExportFileLabels,
    "ordinals"
  >;
  return { ...labels, ordinals: Array.from({ length: ORDINALS }, (_, i) => ordinal(i + 1)) };
}

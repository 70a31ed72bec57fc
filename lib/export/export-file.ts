/**
 * One entry point for the CLI and the teacher page: the same request gives the same file name and
 * the same bytes on both sides.
 */
import type { ExportQuiz } from "./class-quiz";
import { giftFile } from "./gift";
import { moodleXmlFile, type MoodleOrder } from "./moodle-xml";
import { qtiFiles, zipPackage } from "./qti";

export const exportFormats = ["moodle", "gift", "qti"] as const;
export type ExportFormat = (typeof exportFormats)[number];
export const isExportFormat = (v: unknown): v is ExportFormat =>
  typeof v === "string" && (exportFormats as readonly string[]).includes(v);
/** Moodle's ordering question first: the default (Moodle 4.4 and later); matching for older sites. */
export const moodleOrders = ["ordering", "matching"] as const satisfies readonly MoodleOrder[];

export interface ExportRequest {
  format: ExportFormat;
  /** One language; several (the same class quiz, English first) only for Moodle XML. */
  quizzes: readonly ExportQuiz[];
  /** Moodle XML only: how "put in order" is written. */
  order?: MoodleOrder;
}

export interface ExportedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

export function exportFileName(req: ExportRequest): string {
  const q = req.quizzes[0]!;
  const lang = req.quizzes.length > 1 ? "all" : q.locale;
  const base = `class-quiz-${q.seed}-${q.count}-${lang}`;
  if (req.format === "gift") return `${base}.gift.txt`;
  if (req.format === "qti") return `${base}-qti.zip`;
  return `${base}${req.order === "matching" ? "-matching" : ""}.moodle.xml`;
}

export async function makeExportFile(req: ExportRequest): Promise<ExportedFile> {
  if (req.quizzes.length === 0) throw new Error("no quiz to export");
  if (req.quizzes.length > 1 && req.format !== "moodle")
    throw new Error(`${req.format}: one language a file (all three only in Moodle XML)`);
  const name = exportFileName(req);
  const utf8 = (text: string) => new TextEncoder().encode(text);
  switch (req.format) {
    case "moodle":
      return {
        name,
        type: "application/xml",
        bytes: utf8(moodleXmlFile({ quizzes: req.quizzes, order: req.order ?? "ordering" })),
      };
    case "gift":
      return { name, type: "text/plain;charset=utf-8", bytes: utf8(giftFile(req.quizzes[0]!)) };
    case "qti":
      return { name, type: "application/zip", bytes: await zipPackage(qtiFiles(req.quizzes[0]!)) };
  }
}

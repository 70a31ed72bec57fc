/** The receipts as a spreadsheet: receipt, hand-in time in the teacher's zone, score. Nothing else per student. */
import { csvText, type CsvSeparator } from "../live/summary-csv";
import { formatWallTime } from "./schedule";

export interface ReceiptsCsvLabels {
  csvReceipt: string;
  csvHandedIn: string;
  csvScore: string;
}

export function receiptsCsv(input: {
  receipts: readonly { receipt: string; handedInAt: string; score: number }[];
  count: number;
  zoneOffset: number;
  locale: string;
  labels: ReceiptsCsvLabels;
  separator: CsvSeparator;
}): string {
  const { labels } = input;
  const when = (iso: string) =>
    formatWallTime(new Date(iso), input.zoneOffset, input.locale, { dateStyle: "short", timeStyle: "short" });
  return csvText(
    [
      [labels.csvReceipt, labels.csvHandedIn, labels.csvScore],
      ...input.receipts.map((r) => [r.receipt, when(r.handedInAt), `${r.score}/${input.count}`]),
    ],
    input.separator,
  );
}

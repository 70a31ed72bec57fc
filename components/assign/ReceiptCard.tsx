import { useTranslations } from "next-intl";
import { PrintButton } from "@/components/teach/PrintButton";
import { formatReceipt } from "@/lib/assign/receipt";
import { formatWallTime } from "@/lib/assign/schedule";
import { KK_FORMATS } from "@/lib/kk-calendar";
import type { MyAssignment } from "./assign-api";
import { CopyField } from "./CopyField";

/**
 * The receipt a student hands the teacher instead of a name: large, copyable and printable, with the
 * class code and the date — and the score, or when it will come.
 */
export function ReceiptCard({ me, locale }: { me: MyAssignment; locale: string }) {
  const t = useTranslations("assign");
  if (!me.receipt || !me.handedInAt) return null;
  const date = formatWallTime(new Date(me.handedInAt), me.zoneOffset, locale, KK_FORMATS.longTime);
  return (
    <section
      aria-labelledby="receipt-title"
      className="print-avoid-break rounded-lg border-4 border-accent p-5"
      data-testid="receipt-card"
    >
      <h2 id="receipt-title" className="text-2xl">
        {t("receiptTitle")}
      </h2>
      <p className="mt-2 text-xl font-semibold" data-testid="homework-score">
        {me.score === null ? t("scoreLater") : t("score", { correct: me.score, total: me.count })}
      </p>
      <div className="mt-4">
        <CopyField
          value={formatReceipt(me.receipt)}
          label={t("receiptLabel")}
          copy={t("copyReceipt")}
          copied={t("copied")}
          fallback={t("copyFallback")}
          big
          testId="receipt"
        />
      </div>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("receiptClass")}</dt>
        <dd className="tabular-nums">{me.classCode}</dd>
        <dt className="font-semibold">{t("receiptDate")}</dt>
        <dd>{date}</dd>
      </dl>
      <p className="mt-4 max-w-[60ch]">{t("receiptHelp")}</p>
      <p className="no-print mt-4">
        <PrintButton label={t("print")} />
      </p>
    </section>
  );
}

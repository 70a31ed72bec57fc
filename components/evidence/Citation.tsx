import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/lib/locales";
import { evidence } from "./evidence";

/** A small superscript link to the quote card on the sources page: "[3]". */
export async function Citation({ quoteId, locale }: { quoteId: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Evidence" });
  const number = evidence.quoteNumber(quoteId);
  return (
    <sup className="tabular ms-0.5">
      <Link
        href={`/sources#quote-${quoteId}`}
        aria-label={t("citation", { number })}
        title={t("citation", { number })}
        className="inline-block min-w-6 px-0.5 text-center font-semibold no-underline hover:underline"
      >
        [{number}]
      </Link>
    </sup>
  );
}

import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { evidence } from "@/server/evidence";

/**
 * A small superscript link to the quote card on the sources page: "[3]". A plain link, not
 * client-side navigation: only a real navigation updates `:target`, which highlights the quote.
 */
export async function Citation({ quoteId, locale }: { quoteId: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Evidence" });
  const number = evidence.quoteNumber(quoteId);
  return (
    <sup className="tabular-nums ms-0.5">
      <a
        href={paths.quote(locale, quoteId)}
        aria-label={t("citation", { number })}
        title={t("citation", { number })}
        className="inline-block min-h-6 min-w-6 px-0.5 text-center leading-6 font-semibold no-underline hover:underline"
      >
        [{number}]
      </a>
    </sup>
  );
}

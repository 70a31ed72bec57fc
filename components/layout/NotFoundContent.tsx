import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";

export async function NotFoundContent({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return (
    <div className="mx-auto max-w-2xl py-8">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="mt-4">{t("body")}</p>
      <p className="mt-6">
        <a href={paths.home(locale)} className="btn btn-primary">
          {t("home")}
        </a>
      </p>
    </div>
  );
}

import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleSwitcher } from "../../components/LocaleSwitcher";

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Page" });
  return (
    <main className="space-y-4">
      <h1 className="text-4xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="text-lg leading-relaxed text-slate-700">{t("body")}</p>
      <LocaleSwitcher label={t("language")} />
    </main>
  );
}

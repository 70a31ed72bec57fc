import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleSwitcher } from "../../components/LocaleSwitcher";

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Page" });
  return (
    <main>
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <LocaleSwitcher label={t("language")} />
    </main>
  );
}

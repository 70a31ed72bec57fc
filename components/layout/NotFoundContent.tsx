import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export function NotFoundContent() {
  const t = useTranslations("NotFound");
  return (
    <div className="mx-auto max-w-2xl py-8">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="mt-4">{t("body")}</p>
      <p className="mt-6">
        <Link href="/" className="btn btn-primary">
          {t("home")}
        </Link>
      </p>
    </div>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LiveStudentApp } from "@/components/live/student/LiveStudentApp";
import { PrivacyNotice } from "@/components/live/student/StudentLayout";
import { alternatesFor } from "@/lib/alternates";
import { paths } from "@/lib/paths";
import { pageLocale } from "@/server/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/live">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "liveStudent" });
  return { title: t("metaTitle"), alternates: alternatesFor((l) => paths.live(l)) };
}

/** Static: the join code (`?code=`) and the class are read in the browser. */
export default async function Page({ params }: PageProps<"/[locale]/live">) {
  const locale = await pageLocale(params);
  return (
    <LiveStudentApp
      privacy={{
        join: <PrivacyNotice locale={locale} id="live-privacy-join" />,
        inClass: <PrivacyNotice locale={locale} id="live-privacy-class" />,
      }}
    />
  );
}

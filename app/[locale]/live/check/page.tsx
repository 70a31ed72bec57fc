import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RoomCheckPage } from "@/components/live/RoomCheckPage";
import { alternatesFor } from "@/lib/alternates";
import { paths } from "@/lib/paths";
import { pageLocale } from "@/server/page-locale";
import { rawNamespace } from "@/server/raw-labels";

export async function generateMetadata({ params }: PageProps<"/[locale]/live/check">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "roomCheck" });
  return {
    title: t("metaTitle"),
    alternates: alternatesFor((l) => paths.liveCheck(l)),
    robots: { index: false },
  };
}

/** Static: the check (`?c=`) is read and counted in the browser. */
export default async function Page({ params }: PageProps<"/[locale]/live/check">) {
  const locale = await pageLocale(params);
  return <RoomCheckPage labels={await rawNamespace(locale, "roomCheck")} />;
}

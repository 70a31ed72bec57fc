import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TakeHomeworkPage } from "@/components/assign/HomeworkPage";
import { alternatesFor } from "@/lib/alternates";
import { paths } from "@/lib/paths";
import { pageLocale } from "@/server/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/live/homework">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "assign" });
  return { title: t("title"), alternates: alternatesFor((l) => paths.homework(l)) };
}

/** Static: the join code (`?code=`) and the student's progress are read in the browser. */
export default async function Page({ params }: PageProps<"/[locale]/live/homework">) {
  return <TakeHomeworkPage locale={await pageLocale(params)} />;
}

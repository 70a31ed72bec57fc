import { paths } from "@/lib/paths";
import { pageMetadata } from "@/server/page-metadata";
import { TeachPage } from "@/components/teach/TeachPage";
import { pageLocale } from "@/server/page-locale";

export function generateMetadata({ params }: PageProps<"/[locale]/teach">) {
  return pageMetadata(params, "Teach.title", (l) => paths.section(l, "teach"));
}

export default async function Page({ params }: PageProps<"/[locale]/teach">) {
  return <TeachPage locale={await pageLocale(params)} />;
}

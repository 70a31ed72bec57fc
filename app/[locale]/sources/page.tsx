import { paths } from "@/lib/paths";
import { pageMetadata } from "@/server/page-metadata";
import { SourcesPage } from "@/components/sources/SourcesPage";
import { pageLocale } from "@/server/page-locale";

export function generateMetadata({ params }: PageProps<"/[locale]/sources">) {
  return pageMetadata(params, "Sources.title", (l) => paths.section(l, "sources"));
}

export default async function Page({ params }: PageProps<"/[locale]/sources">) {
  return <SourcesPage locale={await pageLocale(params)} />;
}

import { paths } from "@/lib/paths";
import { pageMetadata } from "@/server/page-metadata";
import { CorrectionsPage } from "@/components/sources/CorrectionsPage";
import { pageLocale } from "@/server/page-locale";

export function generateMetadata({ params }: PageProps<"/[locale]/sources/corrections">) {
  return pageMetadata(params, "Corrections.title", paths.corrections);
}

export default async function Page({ params }: PageProps<"/[locale]/sources/corrections">) {
  return <CorrectionsPage locale={await pageLocale(params)} />;
}

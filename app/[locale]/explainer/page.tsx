import { paths } from "@/lib/paths";
import { pageMetadata } from "@/server/page-metadata";
import { ExplainerIndex } from "@/components/explainer/ExplainerIndex";
import { pageLocale } from "@/server/page-locale";

export function generateMetadata({ params }: PageProps<"/[locale]/explainer">) {
  return pageMetadata(params, "Explainer.title", (l) => paths.section(l, "explainer"));
}

export default async function Page({ params }: PageProps<"/[locale]/explainer">) {
  return <ExplainerIndex locale={await pageLocale(params)} />;
}

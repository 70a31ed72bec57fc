import { pageMetadata } from "@/server/page-metadata";
import { ExplainerIndex } from "@/components/explainer/ExplainerIndex";
import { pageLocale } from "@/server/page-locale";

export function generateMetadata({ params }: PageProps<"/[locale]/explainer">) {
  return pageMetadata(params, "Explainer.title", "/explainer");
}

export default async function Page({ params }: PageProps<"/[locale]/explainer">) {
  return <ExplainerIndex locale={await pageLocale(params)} />;
}

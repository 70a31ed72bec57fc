import { paths } from "@/lib/paths";
import { pageMetadata } from "@/server/page-metadata";
import { Handout } from "@/components/teach/Handout";
import { pageLocale } from "@/server/page-locale";

export function generateMetadata({ params }: PageProps<"/[locale]/teach/handout">) {
  return pageMetadata(params, "Teach.handoutTitle", paths.handout);
}

export default async function Page({ params }: PageProps<"/[locale]/teach/handout">) {
  return <Handout locale={await pageLocale(params)} />;
}

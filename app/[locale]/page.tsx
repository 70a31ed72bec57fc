import type { Metadata } from "next";
import { HomePage } from "@/components/home/HomePage";
import { alternatesFor } from "@/lib/alternates";
import { paths } from "@/lib/paths";
import { pageLocale } from "@/server/page-locale";

export const metadata: Metadata = { alternates: alternatesFor(paths.home) };

export default async function Page({ params }: PageProps<"/[locale]">) {
  return <HomePage locale={await pageLocale(params)} />;
}

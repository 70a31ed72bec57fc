import type { Metadata } from "next";
import { HomePage } from "@/components/home/HomePage";
import { alternatesFor } from "@/lib/alternates";
import { pageLocale } from "@/server/page-locale";

export const metadata: Metadata = { alternates: alternatesFor("") };

export default async function Page({ params }: PageProps<"/[locale]">) {
  return <HomePage locale={await pageLocale(params)} />;
}

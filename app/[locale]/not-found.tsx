import { getLocale } from "next-intl/server";
import { NotFoundContent } from "@/components/layout/NotFoundContent";

// Next gives a not-found file no params: the locale comes from the request, as set by the layout.
export default async function LocaleNotFound() {
  return <NotFoundContent locale={await getLocale()} />;
}

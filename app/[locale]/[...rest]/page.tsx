import { notFound } from "next/navigation";
import { NotFoundContent } from "@/components/layout/NotFoundContent";
import { pageLocale } from "@/server/page-locale";

/**
 * `/{locale}/404`: the localized 404 page, prerendered. `proxy.ts` rewrites every unknown path under
 * a locale here (Next's own answer would be its global English 404), and `notFound()` gives it the
 * 404 status. The static export has no server to set a status, so there it is a plain page that the
 * web server returns as each locale's error page (see docs/deploy.md).
 */
export default async function LocalizedNotFound({ params }: PageProps<"/[locale]/[...rest]">) {
  const locale = await pageLocale(params);
  if (process.env.STATIC_EXPORT === "1") return <NotFoundContent locale={locale} />;
  notFound();
}

export function generateStaticParams() {
  return [{ rest: ["404"] }];
}

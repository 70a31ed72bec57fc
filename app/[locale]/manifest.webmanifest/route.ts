import { getTranslations } from "next-intl/server";
import { isLocale, locales } from "@/lib/locales";
import { webManifest } from "@/lib/offline/web-manifest";

// `/{locale}/manifest.webmanifest`, built once per locale like the pages (lib/offline/web-manifest.ts).
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/manifest.webmanifest">) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  const meta = await getTranslations({ locale, namespace: "Metadata" });
  const offline = await getTranslations({ locale, namespace: "Offline" });
  const text = { name: meta("siteName"), shortName: offline("shortName"), description: meta("description") };
  // The static export has trailing slashes on every page (next.config.ts).
  const manifest = webManifest(locale, text, process.env.STATIC_EXPORT === "1");
  return new Response(JSON.stringify(manifest), {
    headers: { "Content-Type": "application/manifest+json", "Cache-Control": "no-cache" },
  });
}

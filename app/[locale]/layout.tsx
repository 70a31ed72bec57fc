import type { Metadata, Viewport } from "next";
import { preload } from "react-dom";
import { getTranslations } from "next-intl/server";
import { siteUrl } from "@/lib/alternates";
import { locales } from "@/lib/locales";
import { pageLocale } from "@/server/page-locale";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { projectorBootScript } from "@/components/layout/projector-boot";
import { fontFaceCss, fontFiles } from "@/components/layout/fonts";
import { OfflineAgent } from "@/components/offline/OfflineAgent";
import { paths } from "@/lib/paths";

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#111418" },
  ],
};

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    metadataBase: siteUrl,
    title: { default: t("title"), template: `%s — ${t("siteName")}` },
    description: t("description"),
    robots: { index: true, follow: true },
    // The app's name in this language, its icons and colours: installable (lib/offline/web-manifest.ts).
    manifest: paths.webManifest(locale),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Nav" });
  const offline = await getTranslations({ locale, namespace: "Offline" });
  // Every page shows Latin, Cyrillic and Kazakh letters (the language switcher alone does):
  // fetching the three font files first avoids a late swap that would shift the layout.
  for (const href of fontFiles) preload(href, { as: "font", type: "font/woff2", crossOrigin: "anonymous" });

  return (
    <html lang={locale} suppressHydrationWarning>
      <head>
        {/* A constant string built at compile time; nothing from a URL or storage goes in. */}
        <style dangerouslySetInnerHTML={{ __html: fontFaceCss }} />
        {/* Before first paint, so projector mode never flashes at normal size. */}
        <script dangerouslySetInnerHTML={{ __html: projectorBootScript }} />
      </head>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only z-50 bg-bg px-4 py-2 focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
        >
          {t("skip")}
        </a>
        {/* No next-intl provider on the client: client leaves get their labels as props. */}
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 outline-none">
          {children}
        </main>
        <SiteFooter locale={locale} />
        <OfflineAgent
          locale={locale}
          labels={{ updateReady: offline("updateReady"), reload: offline("reload") }}
        />
      </body>
    </html>
  );
}

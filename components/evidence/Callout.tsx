import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";

/** "What is not known" and "Who says so?" boxes: an icon and a heading, never colour alone. */
export async function Callout({
  kind,
  locale,
  children,
}: {
  kind: "unknown" | "who";
  locale: Locale;
  children: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "Evidence" });
  const title = kind === "unknown" ? t("calloutUnknown") : t("calloutWho");
  return (
    <aside
      className={`print-avoid-break my-6 rounded-lg border-2 p-4 ${
        kind === "unknown" ? "border-note bg-note-bg" : "border-accent bg-surface"
      }`}
    >
      <p className="flex items-center gap-2 font-bold">
        <span aria-hidden="true" className="text-xl">
          {kind === "unknown" ? "?" : "🗣"}
        </span>
        {title}
      </p>
      <div className="[&>p]:mt-2">{children}</div>
    </aside>
  );
}

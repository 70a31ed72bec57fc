import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { CodeRouting } from "./CodeRouting";

/**
 * A plain GET form: works without JavaScript (with it, an 8-digit live-class join code goes to the
 * live class instead: `CodeRouting`), and `inputMode="numeric"` brings up a digit keypad on
 * phones whatever keyboard layout (Cyrillic included) the student uses.
 */
export async function ClassCodeForm({ locale, idPrefix = "home" }: { locale: Locale; idPrefix?: string }) {
  const t = await getTranslations({ locale, namespace: "Home" });
  const inputId = `${idPrefix}-class-code`;
  const formId = `${idPrefix}-code-form`;
  return (
    <form id={formId} action={paths.quiz(locale)} method="get" className="flex flex-wrap items-end gap-3">
      <CodeRouting formId={formId} locale={locale} />
      <div className="flex flex-col">
        <label htmlFor={inputId} className="font-semibold">
          {t("classCodeLabel")}
        </label>
        <span id={`${inputId}-help`} className="text-base text-muted">
          {t("classCodeHelp")}
        </span>
        <input
          id={inputId}
          name="seed"
          inputMode="numeric"
          pattern="[0-9][0-9 .\-]{0,10}"
          maxLength={11}
          autoComplete="off"
          required
          aria-describedby={`${inputId}-help`}
          className="tabular-nums mt-1 min-h-11 w-44 rounded-md border-2 border-border bg-bg px-3 text-xl tracking-widest"
        />
      </div>
      <button type="submit" className="btn btn-primary">
        {t("classCodeSubmit")}
      </button>
    </form>
  );
}

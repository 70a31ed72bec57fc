import type { Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import type { LoadedStep } from "@/server/load-step";

export function StepList({
  locale,
  steps,
  current,
}: {
  locale: Locale;
  steps: LoadedStep[];
  current?: string;
}) {
  return (
    <ol className="space-y-1">
      {steps.map((s, i) => (
        <li key={s.slug} className="flex gap-2">
          <span className="tabular-nums w-6 shrink-0 text-end font-semibold text-muted">{i + 1}.</span>
          <a
            href={paths.step(locale, s.slug)}
            aria-current={s.slug === current ? "page" : undefined}
            className="aria-[current=page]:font-bold aria-[current=page]:text-text aria-[current=page]:no-underline"
          >
            {s.meta.title}
          </a>
        </li>
      ))}
    </ol>
  );
}

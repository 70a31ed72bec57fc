import type { Locale } from "@/lib/locales";
import { LiveStepBody } from "@/components/live/LiveStepBody";

/**
 * One explainer step as the class sees it on the projector: the same content as the explainer's
 * step page, without its navigation (the host layout's control bar moves the class) and without a
 * second "Step 3 of 8": the control bar's top line says it.
 */
export async function HostStep({ locale, slug }: { locale: Locale; slug: string }) {
  return (
    <article className="mx-auto max-w-[68ch]" data-host-step={slug}>
      <LiveStepBody locale={locale} slug={slug} headingId="host-heading" progressClassName={null} />
    </article>
  );
}

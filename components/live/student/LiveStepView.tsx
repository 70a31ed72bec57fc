import type { Locale } from "@/lib/locales";
import { LiveStepBody } from "@/components/live/LiveStepBody";
import { LeaveClass } from "./ClassBar";
import { LiveStepBar } from "./LiveStepBar";

/**
 * A step of the explainer as the class sees it on a phone: the same content as the explainer's step,
 * in the student's language, under the live layout (which keeps the class's stream open), without
 * the explainer's own step navigation: the teacher moves the class.
 */
export async function LiveStepView({ locale, slug }: { locale: Locale; slug: string }) {
  return (
    <article>
      <LiveStepBar slug={slug} />
      <LiveStepBody
        locale={locale}
        slug={slug}
        headingId="live-step-title"
        progressClassName="mt-6 font-semibold text-muted"
      />
      <div className="mt-10">
        <LeaveClass />
      </div>
    </article>
  );
}

"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { LiveErrorLabels, LiveQuizLabels } from "@/components/live/student/student-labels";
import { QuizBundleGate } from "@/components/quiz/QuizBundleGate";
import { useClassQuiz } from "@/components/teach/use-class-quiz";
import { takeScreen } from "@/lib/assign/take-state";
import { fill } from "@/lib/fill";
import type { Locale } from "@/lib/locales";
import type { QuizBundle } from "@/lib/quiz-render";
import type { MyAssignment } from "./assign-api";
import { AssignQuestion } from "./AssignQuestion";
import { HomeworkHeader } from "./HomeworkHeader";
import { HomeworkLanguages } from "./HomeworkLanguages";
import { JoinHomework } from "./JoinHomework";
import { Loading } from "./Notice";
import { Problem } from "./parts";
import { ReceiptCard } from "./ReceiptCard";
import { useHomework } from "./use-homework";

export interface TakeSetup {
  locale: Locale;
  bundles: Record<Locale, string>;
  quiz: LiveQuizLabels;
  errors: LiveErrorLabels;
  /** The explainer's steps, for "read first". */
  steps: { title: string; href: string }[];
  /** The privacy notice (server-rendered). */
  privacy: ReactNode;
}

/**
 * The student's homework page: join with the code (or come back on the same device), read the steps
 * if the teacher asked, answer one question at a time, hand in, keep the receipt. Closed: this
 * student's answers, then the corrections.
 */
export function TakeAssignment(setup: TakeSetup) {
  const t = useTranslations("assign");
  const hw = useHomework(setup.locale);
  const { phase } = hw;
  const problem = <Problem text={hw.problem && setup.errors[hw.problem]} testId="homework-problem" />;
  const code = phase.kind === "loading" ? "" : phase.code;
  return (
    <div className="mx-auto max-w-[68ch] space-y-6">
      <HomeworkLanguages locale={setup.locale} code={code} />
      {phase.kind === "loading" && <Loading text={setup.quiz.loading} />}
      {phase.kind === "enter" && (
        <>
          <JoinHomework
            code={phase.code}
            closed={phase.closed}
            busy={hw.busy}
            onJoin={(c) => void hw.join(c)}
          />
          {problem}
          {setup.privacy}
        </>
      )}
      {phase.kind === "in" && (
        <>
          <HomeworkHeader info={phase.me} locale={setup.locale} title={t("title")} />
          <QuizBundleGate url={setup.bundles[setup.locale]} locale={setup.locale} labels={setup.quiz}>
            {(bundle) => (
              <InHomework bundle={bundle} setup={setup} hw={hw} me={phase.me} progress={phase.progress} />
            )}
          </QuizBundleGate>
          {problem}
        </>
      )}
    </div>
  );
}

type Hw = ReturnType<typeof useHomework>;

function InHomework({
  bundle,
  setup,
  hw,
  me,
  progress,
}: {
  bundle: QuizBundle;
  setup: TakeSetup;
  hw: Hw;
  me: MyAssignment;
  progress: Parameters<typeof takeScreen>[1];
}) {
  const t = useTranslations("assign");
  const { questions, rendered } = useClassQuiz(bundle, me.classCode, me.count);
  const screen = takeScreen(me, progress);
  const givenOf = (i: number) => me.answers.find((a) => a.question === i);
  const answered = me.answers.length;
  // What every question on this page shares, shown alone or in the list of corrections.
  const shared = (i: number) => ({
    index: i,
    total: me.count,
    question: questions[i]!,
    view: rendered[i]!,
    given: givenOf(i),
    quiz: setup.quiz,
  });

  if (screen.name === "steps")
    return (
      <section aria-labelledby="homework-steps" className="space-y-3">
        <h2 id="homework-steps" className="text-2xl">
          {t("stepsTitle")}
        </h2>
        <p>{t("stepsHelp")}</p>
        <ol className="list-decimal space-y-1 ps-6">
          {setup.steps.map((s) => (
            <li key={s.href}>
              <a href={s.href} className="inline-flex min-h-11 items-center">
                {s.title}
              </a>
            </li>
          ))}
        </ol>
        <button type="button" className="btn btn-primary" onClick={hw.markRead}>
          {t("stepsDone")}
        </button>
      </section>
    );

  if (screen.name === "question") {
    const i = screen.index;
    if (!questions[i] || !rendered[i]) return null;
    const each = me.feedback === "each";
    return (
      <div className="space-y-4">
        <AssignQuestion
          key={i}
          {...shared(i)}
          locked={hw.busy || (each && givenOf(i) !== undefined)}
          showRight={each}
          onAnswer={(value) => void hw.answer(i, value)}
        />
        <nav aria-label={t("questionsNav")} className="flex flex-wrap gap-3">
          {i > 0 && (
            <button type="button" className="btn btn-secondary" onClick={() => hw.goTo(i - 1)}>
              {t("previous")}
            </button>
          )}
          <button type="button" className="btn btn-primary" onClick={() => hw.goTo(i + 1)}>
            {i + 1 < me.count ? t("next") : t("toReview")}
          </button>
        </nav>
      </div>
    );
  }

  if (screen.name === "review")
    return (
      <section aria-labelledby="homework-review" className="space-y-4">
        <h2 id="homework-review" className="text-2xl">
          {t("reviewTitle")}
        </h2>
        <p data-testid="answered-count">{t("answeredOf", { answered, total: me.count })}</p>
        {answered < me.count && (
          <p className="font-semibold">{t("unanswered", { count: me.count - answered })}</p>
        )}
        <ol className="flex flex-wrap gap-2">
          {questions.map((q, i) => (
            <li key={q.id}>
              <button type="button" className="btn btn-secondary" onClick={() => hw.goTo(i)}>
                {fill(setup.quiz.questionOf, { current: i + 1, total: me.count })}
                {givenOf(i) ? " ✓" : ""}
              </button>
            </li>
          ))}
        </ol>
        <p>{t("handInHelp")}</p>
        <button
          type="button"
          className="btn btn-primary"
          aria-disabled={hw.busy || undefined}
          onClick={() => {
            if (!hw.busy) void hw.handIn();
          }}
        >
          {t("handIn")}
        </button>
      </section>
    );

  // Handed in, or closed: the receipt (if any), then this student's answers with the corrections
  // once they may be shown.
  const corrections = me.closed || me.feedback === "each";
  return (
    <div className="space-y-6">
      {screen.name === "closed" && (
        <p className="text-xl font-semibold" data-testid="closed-not-handed-in">
          {t("closedNotHandedIn")}
        </p>
      )}
      <ReceiptCard me={me} locale={setup.locale} />
      <section aria-labelledby="homework-mine" className="space-y-6">
        <h2 id="homework-mine" className="text-2xl">
          {corrections ? t("corrections") : t("yourAnswers")}
        </h2>
        {questions.map((q, i) => (
          <AssignQuestion
            key={q.id}
            {...shared(i)}
            locked
            showRight={corrections}
            onAnswer={() => undefined}
            heading={false}
          />
        ))}
      </section>
    </div>
  );
}

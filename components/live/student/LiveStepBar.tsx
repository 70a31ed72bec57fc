"use client";

import { useEffect } from "react";
import { paths } from "@/lib/paths";
import { fill } from "@/lib/fill";
import { ClassBar } from "./ClassBar";
import { useStudentClass } from "./StudentClass";

/**
 * Above a step shown live: the class line (or, on a device in no class, the way to the class page);
 * and, when the teacher is somewhere else (this student stopped following, or came here by a link),
 * the way back to where the class is, in a bar fixed to the bottom of the screen so that it never
 * pushes the step down when the class's state arrives. Before this device's storage is read both
 * first states are there and the boot script shows one (components/layout/projector-boot.ts).
 */
export function LiveStepBar({ slug }: { slug: string }) {
  const { ui, locale, stage, view, end } = useStudentClass();

  // Arriving here by following the teacher: the reader starts at the step's heading.
  useEffect(() => {
    const title = document.getElementById("live-step-title");
    if (document.activeElement === document.body || !document.activeElement) title?.focus();
  }, [slug]);

  const booting = stage === "loading";
  const inClass = stage === "class";
  const open = view ? view.questions.indexOf("open") : -1;
  const elsewhere = inClass && view && !end && !(view.phase === "step" && view.slug === slug);
  const back = inClass && (end || (view && view.phase !== "step")) && !elsewhere;
  return (
    <div className="no-print">
      {(booting || !inClass) && (
        <p className={booting ? "live-boot-join" : undefined}>
          <a href={paths.live(locale)} className="btn btn-secondary">
            {ui.t.title}
          </a>
        </p>
      )}
      {(booting || inClass) && (
        <div className={booting ? "live-boot-class" : undefined}>
          <ClassBar preview={booting} />
        </div>
      )}
      {(elsewhere || back) && (
        <div
          className="live-elsewhere fixed inset-x-0 bottom-0 z-20 border-t-2 border-accent bg-bg px-4 py-3"
          data-testid="live-elsewhere"
        >
          <p className="mx-auto flex max-w-[68ch] flex-wrap items-center gap-3">
            {elsewhere && view?.phase === "question" ? (
              // Reading a step from a question's reveal (or while it is open): the way back to it.
              <>
                {open >= 0 && (
                  <span className="font-semibold">{fill(ui.t.questionOpen, { n: open + 1 })}</span>
                )}
                <a href={paths.live(locale)} className="btn btn-primary">
                  {ui.t.backToQuestion}
                </a>
              </>
            ) : elsewhere && view ? (
              <>
                <span className="font-semibold">{ui.t.teacherElsewhere}</span>
                <a
                  href={
                    view.phase === "step" && view.slug
                      ? paths.liveStep(locale, view.slug)
                      : paths.live(locale)
                  }
                  className="btn btn-primary"
                >
                  {ui.t.goToTeacher}
                </a>
              </>
            ) : (
              <a href={paths.live(locale)} className="btn btn-secondary">
                {ui.t.backToClass}
              </a>
            )}
          </p>
        </div>
      )}
    </div>
  );
}

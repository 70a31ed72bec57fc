"use client";

import { useEffect } from "react";
import { paths } from "@/lib/paths";
import { fill } from "@/lib/fill";
import { ClassBar } from "./ClassBar";
import { useStudentClass } from "./StudentClass";

/**
 * Above a step shown live: the class line, and, when the teacher is somewhere else (this student
 * stopped following, or came here by a link), the way back to where the class is.
 */
export function LiveStepBar({ slug }: { slug: string }) {
  const { ui, locale, stage, view, end } = useStudentClass();

  // Arriving here by following the teacher: the reader starts at the step's heading.
  useEffect(() => {
    const title = document.getElementById("live-step-title");
    if (document.activeElement === document.body || !document.activeElement) title?.focus();
  }, [slug]);

  if (stage !== "class") {
    return (
      <p className="no-print">
        <a href={paths.live(locale)} className="btn btn-secondary">
          {ui.t.title}
        </a>
      </p>
    );
  }
  const open = view ? view.questions.indexOf("open") : -1;
  const elsewhere = view && !end && !(view.phase === "step" && view.slug === slug);
  return (
    <div className="no-print">
      <ClassBar />
      {elsewhere && (
        <p className="mb-4 flex flex-wrap items-center gap-3 rounded-lg border-2 border-accent p-3">
          <span className="font-semibold">
            {open >= 0 ? fill(ui.t.questionOpen, { n: open + 1 }) : ui.t.teacherElsewhere}
          </span>
          <a
            href={view.phase === "step" && view.slug ? paths.liveStep(locale, view.slug) : paths.live(locale)}
            className="btn btn-primary"
          >
            {ui.t.goToTeacher}
          </a>
        </p>
      )}
      {(end || (view && view.phase !== "step")) && !elsewhere && (
        <a href={paths.live(locale)} className="btn btn-secondary">
          {ui.t.backToClass}
        </a>
      )}
    </div>
  );
}

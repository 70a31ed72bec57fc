"use client";

import { useEffect } from "react";
import { codeKind, normalizeCode } from "@/lib/live/codes";
import type { Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";

/**
 * Sends the code box's 8-digit live-class join codes to the live class (`/{locale}/live?code=`)
 * instead of the quiz, and tidies a class code typed with spaces. The form itself stays a plain GET
 * form to the quiz, which works without JavaScript.
 */
export function CodeRouting({ formId, locale }: { formId: string; locale: Locale }) {
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const onSubmit = (event: SubmitEvent) => {
      const raw = String(new FormData(form).get("seed") ?? "");
      const kind = codeKind(raw);
      if (kind === "invalid") return;
      event.preventDefault();
      const code = normalizeCode(raw);
      window.location.assign(
        kind === "join" ? paths.live(locale, code) : `${paths.quiz(locale)}?seed=${code}`,
      );
    };
    form.addEventListener("submit", onSubmit);
    return () => form.removeEventListener("submit", onSubmit);
  }, [formId, locale]);
  return null;
}

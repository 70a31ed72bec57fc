import { clampCount } from "@/lib/quiz";
import { isClassCode } from "@/components/quiz/class-code";

/** The class code and length a teacher page or worksheet was opened with (`?code=&count=`). */
export function readTeachParams(): { code: string | null; count: number } {
  const url = new URL(window.location.href);
  const code = url.searchParams.get("code");
  return {
    code: isClassCode(code) ? code : null,
    count: clampCount(url.searchParams.get("count") ?? undefined),
  };
}

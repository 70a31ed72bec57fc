import { quizBundleBody } from "@/server/quiz-bundle";
import { isLocale, locales } from "@/lib/locales";

// Built once per locale, like the pages: `/{locale}/quiz.json` (see QuizBundle in lib/quiz-render.ts).
// The pages fetch the immutable copy, `/{locale}/quiz/{hash}.json`; this stable name is for anything
// that cannot know the hash, so it is revalidated on every use.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/quiz.json">) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  return new Response(await quizBundleBody(locale), {
    headers: { "Content-Type": "application/json", "Cache-Control": "no-cache" },
  });
}

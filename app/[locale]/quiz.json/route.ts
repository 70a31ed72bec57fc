import { quizBundleFor } from "@/server/quiz-bundle";
import { isLocale, locales } from "@/lib/locales";

// Built once per locale, like the pages: `/{locale}/quiz.json` (see QuizBundle in lib/quiz-render.ts).
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/quiz.json">) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  return Response.json(await quizBundleFor(locale));
}

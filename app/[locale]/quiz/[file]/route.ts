import { quizBundleBody, quizBundleHash } from "@/server/quiz-bundle";
import { isLocale, locales } from "@/lib/locales";

// `/{locale}/quiz/{hash}.json`: the quiz bundle under the hash of its exact body, made at build time
// for each locale. Only the hashes this build made exist (any other name is a 404, which tells a tab
// built from an older deployment to reload), so browsers may keep the file for a year.
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  return Promise.all(
    locales.map(async (locale) => ({ locale, file: `${await quizBundleHash(locale)}.json` })),
  );
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/quiz/[file]">) {
  const { locale, file } = await params;
  if (!isLocale(locale) || file !== `${await quizBundleHash(locale)}.json`)
    return new Response(null, { status: 404 });
  return new Response(await quizBundleBody(locale), {
    headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}

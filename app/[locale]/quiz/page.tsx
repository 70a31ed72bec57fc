import { paths } from "@/lib/paths";
import { pageMetadata } from "@/server/page-metadata";
import { QuizPage } from "@/components/quiz/QuizPage";
import { pageLocale } from "@/server/page-locale";

export function generateMetadata({ params }: PageProps<"/[locale]/quiz">) {
  return pageMetadata(params, "Quiz.title", (l) => paths.section(l, "quiz"));
}

/** Static: the class code (`?seed=`) is read in the browser, so every code shares this one page. */
export default async function Page({ params }: PageProps<"/[locale]/quiz">) {
  return <QuizPage locale={await pageLocale(params)} />;
}

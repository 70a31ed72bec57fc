import { StudentLayout } from "@/components/live/student/StudentLayout";
import { pageLocale } from "@/server/page-locale";

export default async function Layout({ children, params }: LayoutProps<"/[locale]/live">) {
  return <StudentLayout locale={await pageLocale(params)}>{children}</StudentLayout>;
}

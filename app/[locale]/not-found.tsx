import { NotFoundContent } from "@/components/layout/NotFoundContent";

export default function LocaleNotFound() {
  return <NotFoundContent />;
}

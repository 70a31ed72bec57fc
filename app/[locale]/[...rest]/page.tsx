import { notFound } from "next/navigation";

/** Every unknown path under a locale ends here, so it gets that locale's 404 page. */
export default function CatchAll() {
  notFound();
}

// The locale itself is still checked by the layout (only en, ru, kk); the rest is never prerendered.
export const dynamicParams = true;

/** `/{locale}/404` is prerendered, so the static export has a localized 404 page to serve. */
export function generateStaticParams() {
  return [{ rest: ["404"] }];
}

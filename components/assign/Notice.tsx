import type { ReactNode } from "react";

/** A page that has only this to say (the static export, no results key, deleted): a title, a paragraph. */
export function Notice({
  id,
  title,
  text,
  status = false,
  children,
}: {
  id: string;
  title: string;
  text: string;
  /** Said after something the reader did (deleted): read out once. */
  status?: boolean;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mx-auto max-w-[68ch] space-y-4">
      <h1 id={id} className="text-4xl">
        {title}
      </h1>
      <p className="text-xl" role={status ? "status" : undefined}>
        {text}
      </p>
      {children}
    </section>
  );
}

/** What a homework page shows while it reads this device's storage and asks the server. */
export function Loading({ text }: { text: string }) {
  return <p className="text-muted">{text}</p>;
}

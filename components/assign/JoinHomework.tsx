import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { formatJoinCode } from "@/lib/live/codes";
import { FieldForm } from "./parts";

/** The join code (from the link, or typed) and "Start"; or, when it has closed, that it has. */
export function JoinHomework({
  code,
  closed,
  busy,
  onJoin,
}: {
  code: string;
  closed: boolean;
  busy: boolean;
  onJoin: (code: string) => void;
}) {
  const t = useTranslations("assign");
  const [typed, setTyped] = useState(formatJoinCode(code));
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <h1 id={`${id}-title`} className="text-4xl">
        {t("title")}
      </h1>
      {closed ? (
        <p className="text-xl font-semibold" data-testid="homework-closed-join">
          {t("closedCannotStart")}
        </p>
      ) : (
        <>
          <p className="text-xl">{t("joinHelp")}</p>
          <FieldForm
            label={t("codeLabel")}
            value={typed}
            onChange={setTyped}
            button={t("start")}
            onSubmit={() => {
              if (!busy) onJoin(typed);
            }}
            inputClassName="tabular-nums w-[12ch] text-2xl tracking-widest"
            numeric
          />
        </>
      )}
    </section>
  );
}

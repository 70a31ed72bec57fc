import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { formatWallTime, offsetName, timeLeft } from "@/lib/assign/schedule";
import { KK_FORMATS } from "@/lib/kk-calendar";
import type { AssignmentInfo } from "./assign-api";
import { WithZone } from "./ZoneName";

/** "Friday 11 December, 18:00" at the teacher's offset, whatever this device's zone data says. */
export function useCloseTime(
  info: Pick<AssignmentInfo, "closesAt" | "zoneOffset" | "timeZone">,
  locale: string,
) {
  const at = new Date(info.closesAt);
  return {
    when: formatWallTime(at, info.zoneOffset, locale, KK_FORMATS.weekdayDayTime),
    zone: `${info.timeZone.replace(/_/g, " ")}, ${offsetName(info.zoneOffset)}`,
  };
}

/** "Homework: open until …" (or closed on …), the teacher's zone, and "closes in 2 days 3 hours". */
export function HomeworkHeader({
  info,
  locale,
  title,
}: {
  info: AssignmentInfo;
  locale: string;
  title: string;
}) {
  const t = useTranslations("assign");
  const { when, zone } = useCloseTime(info, locale);
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    tick();
    const timer = setInterval(tick, 60_000);
    return () => clearInterval(timer);
  }, []);
  const left = now === null ? null : timeLeft(new Date(info.closesAt), new Date(now));
  return (
    <header className="space-y-1">
      <h1 className="text-3xl" data-testid="homework-title">
        {title}
      </h1>
      <p className="text-xl font-semibold" data-testid="homework-until">
        {info.closed ? t("closedOn", { when }) : t("openUntil", { when })}
      </p>
      <p className="text-muted">
        {/* The zone's name is a code, read in English: the sentence is split around it. */}
        <WithZone text={t("zoneNote", { zone: "{zone}" })} zone={zone} />
        {!info.closed && left && (
          <>
            {" · "}
            {left.days > 0
              ? t("closesInDays", { days: left.days, hours: left.hours })
              : t("closesInHours", { hours: left.hours, minutes: left.minutes })}
          </>
        )}
      </p>
    </header>
  );
}

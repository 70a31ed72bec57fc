import { useEffect, useState } from "react";
import { fill } from "@/lib/fill";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { QrCode } from "@/components/teach/QrCode";
import { liveApi, liveRequest, type LiveErrorCode } from "../client-api";
import { useJoinOrigins } from "../use-join-origins";

export interface RoomCheckLabels {
  roomCheckTitle: string;
  roomCheckHelp: string;
  roomCheckStart: string;
  roomCheckQr: string;
  roomCheckWaiting: string;
  roomCheckSeen: string;
  roomCheckOver: string;
}

/** How often the page asks how many phones have opened the check, and for how long. */
const POLL_MS = 2000;
const POLL_FOR_MS = 30 * 60_000;

/**
 * Before the lesson: a QR code for a tiny page that a phone on the classroom Wi-Fi opens; each phone
 * that reaches this computer is ticked here. The same address as the class's join link (the lobby's
 * choice of this computer's network address), so a tick means students will get in.
 */
export function RoomCheck({
  locale,
  labels,
  errors,
}: {
  locale: Locale;
  labels: RoomCheckLabels;
  errors: Record<LiveErrorCode, string>;
}) {
  const [checkId, setCheckId] = useState<string | null>(null);
  const [phones, setPhones] = useState<number | null>(null);
  const [over, setOver] = useState(false);
  const [problem, setProblem] = useState<LiveErrorCode | null>(null);

  async function start() {
    setProblem(null);
    const r = await liveRequest<{ checkId: string }>(liveApi.roomChecks(), { body: {} });
    if (!r.ok) return setProblem(r.code);
    setOver(false);
    setPhones(0);
    setCheckId(r.data.checkId);
  }

  useEffect(() => {
    if (!checkId) return;
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const controller = new AbortController();
    const poll = async () => {
      const r = await liveRequest<{ phones: number }>(liveApi.roomCheck(checkId), {
        signal: controller.signal,
      });
      if (controller.signal.aborted) return;
      if (r.ok) setPhones(r.data.phones);
      else if (r.status === 404) return setOver(true);
      if (Date.now() - started < POLL_FOR_MS) timer = setTimeout(() => void poll(), POLL_MS);
      else setOver(true);
    };
    void poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [checkId]);

  return (
    <section aria-labelledby="room-check-title" className="rounded-lg border border-border p-4">
      <h3 id="room-check-title" className="text-xl">
        {labels.roomCheckTitle}
      </h3>
      <p className="mt-1 max-w-[68ch]">{labels.roomCheckHelp}</p>
      <button type="button" className="btn btn-secondary mt-3" onClick={() => void start()}>
        {labels.roomCheckStart}
      </button>
      {problem && (
        <p role="alert" className="mt-3 font-semibold text-bad">
          {errors[problem]}
        </p>
      )}
      {checkId && (
        <div className="mt-4 flex flex-wrap items-start gap-6">
          <CheckLink checkId={checkId} locale={locale} label={labels.roomCheckQr} />
          <p role="status" className="min-w-0 flex-1 text-lg font-semibold" data-testid="room-check-phones">
            {over
              ? labels.roomCheckOver
              : phones
                ? fill(labels.roomCheckSeen, { count: formatNumber(phones, locale) })
                : labels.roomCheckWaiting}
          </p>
        </div>
      )}
    </section>
  );
}

/** The check's QR code and link, on the address phones would join by (asked only once a check starts). */
function CheckLink({ checkId, locale, label }: { checkId: string; locale: Locale; label: string }) {
  const found = useJoinOrigins();
  const origin = found?.origins[0];
  const link = origin ? `${origin}${paths.liveCheckLink(checkId, locale)}` : "";
  return (
    <div className="w-48 shrink-0 space-y-2">
      <div className="aspect-square rounded-lg bg-white p-2">
        {link && <QrCode text={link} label={label} size={320} />}
      </div>
      <a
        href={link || undefined}
        className="block text-sm [overflow-wrap:anywhere]"
        data-testid="room-check-link"
      >
        {link}
      </a>
    </div>
  );
}

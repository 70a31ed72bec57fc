import { useState } from "react";
import { fill } from "@/lib/fill";
import { formatNumber } from "@/lib/format";
import { formatJoinCode } from "@/lib/live/codes";
import type { LiveView } from "@/lib/live/client-state";
import type { JoinNotice } from "@/lib/live/join-origins";
import { locales, type Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { QrCode } from "@/components/teach/QrCode";
import type { JoinOriginsFound } from "../use-join-origins";
import type { HostLabels } from "./host-labels";

/**
 * The join page with the code filled in: what the QR code and the plain link carry. No language in
 * the path: each phone opens it in its own, the teacher's language only as the last resort.
 */
export function joinUrl(origin: string, locale: Locale, joinCode: string): string {
  return `${origin}${paths.liveJoin(joinCode, locale)}`;
}

/** What the lobby says about the address: where phones must be, or why they cannot reach it. */
function JoinNoticeText({ notice, labels }: { notice: JoinNotice; labels: HostLabels }) {
  if (!notice) return null;
  const warning = notice !== "same-wifi";
  const text = {
    "same-wifi": labels.joinSameWifi,
    "loopback-only": labels.joinLoopbackOnly,
    "no-network": labels.joinNoNetwork,
    "local-only": labels.joinLocalOnly,
  }[notice];
  return (
    <p
      className={`flex gap-2 text-base ${warning ? "rounded-md border-2 border-current p-2 font-semibold" : ""}`}
      data-testid="join-notice"
      data-notice={notice}
    >
      {warning && (
        <span aria-hidden="true" className="shrink-0">
          ⚠
        </span>
      )}
      <span>
        {warning && <span className="sr-only">{labels.warning} </span>}
        {text}
      </span>
    </p>
  );
}

interface LobbyProps {
  view: LiveView;
  locale: Locale;
  labels: HostLabels;
  languageNames: Record<string, string>;
}

/** Counts by language only when the server sends them (each language present has 3 or more). */
export function JoinedCounts({
  view,
  locale,
  labels,
  languageNames,
  className = "",
  inline = false,
}: LobbyProps & {
  className?: string;
  /** On one line, for the status bar. */
  inline?: boolean;
}) {
  const byLocale = view.counts.byLocale;
  return (
    <div className={`${inline ? "flex flex-wrap items-baseline gap-x-4" : ""} ${className}`}>
      <p className="tabular-nums font-bold" data-testid="joined">
        {fill(labels.joined, { count: formatNumber(view.counts.joined, locale) })}
      </p>
      {byLocale && (
        <ul
          aria-label={labels.byLanguage}
          className={`flex flex-wrap gap-x-4 ${inline ? "" : "mt-1 text-[0.6em]"}`}
          data-testid="by-locale"
        >
          {locales
            .filter((l) => (byLocale[l] ?? 0) > 0)
            .map((l) => (
              <li key={l} className="tabular-nums">
                {fill(labels.joinedIn, {
                  language: languageNames[l] ?? l,
                  count: formatNumber(byLocale[l] ?? 0, locale),
                })}
              </li>
            ))}
        </ul>
      )}
    </div>
  );
}

export function HostLobby({
  view,
  locale,
  labels,
  languageNames,
  found,
}: LobbyProps & {
  /**
   * The address the phones must open is this server's network address, which the static page cannot
   * know: the server says it (`useJoinOrigins`, asked by the shell as the page loads, which shows the
   * lobby only once it has answered: an address, its notice and the QR code arriving later would
   * push the join code and the rest of the lobby down). Null only if the lobby comes back later:
   * then the link's line and the QR code's square keep their room.
   */
  found: JoinOriginsFound | null;
}) {
  const [chosen, setChosen] = useState(0);
  const origin = found?.origins[chosen] ?? found?.origins[0] ?? "";
  const code = view.joinCode ?? "";
  const url = origin && code ? joinUrl(origin, locale, code) : "";
  const others = found && found.origins.length > 1 ? found.origins : [];

  return (
    <section
      aria-labelledby="host-heading"
      className="grid items-start gap-x-10 gap-y-4 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]"
    >
      <div className="@container min-w-0 space-y-4">
        <h1 id="host-heading" tabIndex={-1} className="text-3xl outline-none">
          {labels.lobbyTitle}
        </h1>
        <p className="text-2xl">
          <span className="block">{labels.joinAt}</span>
          <a
            href={url || undefined}
            className="block min-h-[1lh] font-semibold [overflow-wrap:anywhere]"
            data-testid="join-url"
          >
            {/* Break before the query's parts where the line must break, not inside a word. */}
            {url.split(/(?=[?&])/).map((part, i) => (
              <span key={i}>
                {i > 0 && <wbr />}
                {part}
              </span>
            ))}
          </a>
        </p>
        {found && <JoinNoticeText notice={found.notice} labels={labels} />}
        {others.length > 0 && (
          <details className="text-lg" data-testid="join-addresses">
            <summary className="cursor-pointer">{labels.joinOtherAddresses}</summary>
            <ul className="mt-2 space-y-2">
              {others.map((o, i) => (
                <li key={o}>
                  <button
                    type="button"
                    className="btn btn-secondary break-all"
                    aria-pressed={i === chosen}
                    onClick={() => setChosen(i)}
                  >
                    <span aria-hidden="true" className="inline-block w-5">
                      {i === chosen ? "✓" : ""}
                    </span>
                    {o}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        )}
        <p>
          <span className="block text-xl font-semibold">{labels.joinCode}</span>
          <strong
            // As wide as its column allows (eight digits and a space are about 6.4em), up to 6rem.
            className="tabular-nums block text-[length:clamp(2.5rem,15cqi,6rem)] leading-none tracking-wider whitespace-nowrap"
            data-testid="join-code"
          >
            {formatJoinCode(code)}
          </strong>
        </p>
        <JoinedCounts
          view={view}
          locale={locale}
          labels={labels}
          languageNames={languageNames}
          className="text-3xl"
        />
      </div>
      <div className="min-w-0 space-y-3">
        <p className="text-xl">{labels.orScan}</p>
        <div className="aspect-square w-full max-w-[15rem] rounded-lg bg-white p-2">
          {url && <QrCode text={url} label={labels.qrLabel} size={480} />}
        </div>
        <p className="flex items-center gap-2 text-lg font-semibold" data-testid="lock-state">
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            width="28"
            height="28"
            className="shrink-0"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <rect x="5" y="11" width="14" height="10" rx="2" />
            <path d={view.locked ? "M8 11V8a4 4 0 0 1 8 0v3" : "M8 11V8a4 4 0 0 1 7.5-2"} />
          </svg>
          {view.locked ? labels.locked : labels.unlocked}
        </p>
        <p className="text-base text-muted">{labels.lobbyHint}</p>
      </div>
    </section>
  );
}

import { useState } from "react";
import { fill } from "@/lib/fill";
import { formatNumber } from "@/lib/format";
import { formatJoinCode } from "@/lib/live/codes";
import type { LiveView } from "@/lib/live/client-state";
import { locales, type Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { QrCode } from "@/components/teach/QrCode";
import type { HostLabels } from "./host-labels";

/** The student's join page with the code filled in: what the QR code and the plain link carry. */
export function joinUrl(origin: string, locale: Locale, joinCode: string): string {
  return `${origin}${paths.live(locale)}?code=${joinCode}`;
}

/** Counts by language only when the server sends them (each language present has 3 or more). */
interface LobbyProps {
  view: LiveView;
  locale: Locale;
  labels: HostLabels;
  languageNames: Record<string, string>;
}

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

export function HostLobby({ view, locale, labels, languageNames }: LobbyProps) {
  // The address the phones must open is this server's, which the static page cannot know; the lobby
  // is drawn only in the browser (once the class's state has arrived), so it is there from the first
  // render and the link and the QR code never arrive after the rest and move it.
  const [origin] = useState(() => (typeof window === "undefined" ? "" : window.location.origin));
  const code = view.joinCode ?? "";
  const url = origin && code ? joinUrl(origin, locale, code) : "";

  return (
    <section
      aria-labelledby="host-heading"
      className="grid items-start gap-x-10 gap-y-4 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]"
    >
      <div className="min-w-0 space-y-4">
        <h1 id="host-heading" tabIndex={-1} className="text-3xl outline-none">
          {labels.lobbyTitle}
        </h1>
        <p className="text-2xl">
          <span className="block">{labels.joinAt}</span>
          <a href={url || undefined} className="font-semibold break-all" data-testid="join-url">
            {url}
          </a>
        </p>
        <p>
          <span className="block text-xl font-semibold">{labels.joinCode}</span>
          <strong
            className="tabular-nums block text-[length:clamp(2.5rem,15vw,6rem)] leading-none tracking-wider whitespace-nowrap"
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
          className="text-4xl"
        />
      </div>
      <div className="min-w-0 space-y-3">
        <p className="text-xl">{labels.orScan}</p>
        <div className="w-full max-w-[15rem] rounded-lg bg-white p-2">
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

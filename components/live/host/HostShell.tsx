"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { usePathname, useRouter } from "next/navigation";
import { fill } from "@/lib/fill";
import type { LiveErrorCode } from "@/components/live/client-api";
import type { LiveView } from "@/lib/live/client-state";
import { formatJoinCode } from "@/lib/live/codes";
import {
  nextCommand,
  nextNewQuestion,
  openQuestionOf,
  prevCommand,
  type HostCommand,
} from "@/lib/live/host-sequence";
import type { Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { generateQuiz } from "@/lib/quiz";
import { renderQuestion, type QuizBundle } from "@/lib/quiz-render";
import { useQuizBundle } from "@/components/quiz/use-quiz-bundle";
import { PROJECTOR_KEY } from "@/components/layout/projector-boot";
import { HostControls, ShortcutsTable } from "./HostControls";
import { HostDialog } from "./HostDialog";
import { HostLobby, JoinedCounts } from "./HostLobby";
import { HostQuestion } from "./HostQuestion";
import { HostSummary } from "./HostSummary";
import { shortcutTarget, type HostAction } from "./host-actions";
import type { HostSetup } from "./host-labels";
import { useHostSession } from "./use-host-session";

/** The teacher's choice of question only or question and options on the projector, remembered here. */
const OPTIONS_KEY = "live.host.options";

function readOptionsChoice(): boolean {
  try {
    return localStorage.getItem(OPTIONS_KEY) !== "off";
  } catch {
    return true;
  }
}

/**
 * The teacher's screen for one class, kept by the host layout across the step pages: the stream,
 * the control bar, the shortcuts, the one polite live region, and the lobby, question and summary
 * views (a step is the page under it, `children`).
 */
export function HostShell({
  locale,
  setup,
  children,
}: {
  locale: Locale;
  setup: HostSetup;
  children: ReactNode;
}) {
  const { session, send } = useHostSession();
  const L = setup.labels;
  const live = session.status === "live" ? session : null;
  const view = live?.view ?? null;

  // Projector layout (larger type, no site chrome) for as long as a class is on screen, unless the
  // teacher has switched projector mode off on this computer.
  const active = live !== null && !live.fatal && !view?.deleted;
  // The boot script (components/layout/projector-boot.ts) already set both before the first paint
  // when this computer holds the class's key, so the class's layout does not move in afterwards.
  useEffect(() => {
    if (!active) return;
    const root = document.documentElement;
    const stored = storedProjector();
    const before = root.dataset.liveBoot ? (stored === "on" ? "on" : undefined) : root.dataset.projector;
    delete root.dataset.liveBoot;
    if (stored !== "off") root.dataset.projector = "on";
    root.dataset.liveHost = "on";
    return () => {
      delete root.dataset.liveHost;
      if (before === undefined) delete root.dataset.projector;
      else root.dataset.projector = before;
    };
  }, [active]);
  // No class after all (gone, not ours): the site's own layout again.
  const settled = session.status !== "starting" && !active;
  useEffect(() => {
    const root = document.documentElement;
    if (!settled || !root.dataset.liveBoot) return;
    delete root.dataset.liveBoot;
    delete root.dataset.liveHost;
    if (storedProjector() !== "on") delete root.dataset.projector;
  }, [settled]);

  const noSession = (
    <Notice title={L.noSessionTitle} body={L.noSession}>
      <a className="btn btn-primary" href={paths.section(locale, "teach")}>
        {L.backToTeach}
      </a>
    </Notice>
  );
  // Before this computer's storage is read (also the server's render), both first states are in
  // the page and the boot script's `data-live-host` shows one: "connecting" when this computer holds
  // the class's key, else the notice that there is no class here, which then stays without moving.
  if (session.status === "starting")
    return (
      <>
        <p className="live-boot-host text-xl">{L.connecting}</p>
        <div className="live-boot-nohost">{noSession}</div>
      </>
    );
  if (session.status === "no-session") return noSession;
  if (view?.deleted)
    return (
      <Notice title={L.deletedTitle} body={L.deletedBody}>
        <a className="btn btn-primary" href={paths.section(locale, "teach")}>
          {L.newClass}
        </a>
      </Notice>
    );
  if (session.fatal)
    return (
      <Notice title={L.goneTitle} body={setup.errors[session.fatal]}>
        <a className="btn btn-primary" href={paths.section(locale, "teach")}>
          {L.backToTeach}
        </a>
      </Notice>
    );
  if (!view) return <p className="text-xl">{L.connecting}</p>;
  if (view.datasetVersion !== setup.version)
    return (
      <Notice title={L.goneTitle} body={L.oldBuild}>
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          {L.reload}
        </button>
      </Notice>
    );
  return (
    <HostClass
      locale={locale}
      setup={setup}
      view={view}
      sessionId={session.sessionId}
      hostKey={session.hostKey}
      stream={session.stream}
      send={send}
    >
      {children}
    </HostClass>
  );
}

function storedProjector(): string | null {
  try {
    return localStorage.getItem(PROJECTOR_KEY);
  } catch {
    return null;
  }
}

function Notice({ title, body, children }: { title: string; body: string; children: ReactNode }) {
  return (
    <section aria-labelledby="host-heading" className="mx-auto max-w-[68ch] space-y-4">
      <h1 id="host-heading" tabIndex={-1} className="text-4xl outline-none">
        {title}
      </h1>
      <p className="text-xl">{body}</p>
      <p>{children}</p>
    </section>
  );
}

interface ClassProps {
  locale: Locale;
  setup: HostSetup;
  view: LiveView;
  sessionId: string;
  hostKey: string;
  stream: string;
  send: (command: HostCommand) => Promise<{ ok: boolean; code?: LiveErrorCode }>;
  children: ReactNode;
}

function HostClass({ locale, setup, view, sessionId, hostKey, stream, send, children }: ClassProps) {
  const L = setup.labels;
  const router = useRouter();
  const pathname = usePathname();
  const { state: bundleState, retry } = useQuizBundle(setup.bundles[locale], locale);
  const bundle = bundleState.status === "ready" ? bundleState.bundle : null;
  const quiz = useClassQuizOf(bundle, view.classCode, view.count);

  const [distributionShown, setDistributionShown] = useState<Record<number, boolean>>({});
  const [showOptions, setShowOptions] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [confirm, setConfirm] = useState<"end" | "delete" | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);

  useEffect(() => {
    // The remembered choice lives in this computer's storage, which the static page cannot read.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setShowOptions(readOptionsChoice());
  }, []);

  const stepCount = setup.steps.length;
  const stale = stream === "connecting" || stream === "reconnecting";
  const question = view.phase === "question" ? view.question : null;
  const status = question === null ? null : view.questions[question];
  const stepTarget = view.phase === "step" && view.slug ? paths.liveHostStep(locale, view.slug) : null;
  const onStepPage = stepTarget !== null && pathname === stepTarget;

  // Follow the class with the address: a step is its own static page under this layout, everything
  // else is the host page. `replace`, so the browser's Back leaves the class screen instead of
  // walking through its steps.
  useEffect(() => {
    const target = stepTarget ?? paths.liveHost(locale);
    if (pathname !== target) router.replace(`${target}?s=${encodeURIComponent(sessionId)}`, { scroll: true });
  }, [stepTarget, pathname, locale, router, sessionId]);

  const announce = useCallback((text: string) => setAnnouncement(text), []);

  // Announce each change of the class once, through the one polite live region.
  const previous = useRef<LiveView | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = view;
    if (!before) return;
    const changes: string[] = [];
    if (view.phase === "step" && (before.phase !== "step" || before.step !== view.step) && view.step !== null)
      changes.push(fill(L.annStep, { number: view.step + 1, title: setup.steps[view.step]?.title ?? "" }));
    view.questions.forEach((s, i) => {
      const was = before.questions[i];
      if (s === was) return;
      if (s === "open") changes.push(fill(L.annOpen, { number: i + 1 }));
      else if (s === "closed") changes.push(fill(L.annClosed, { number: i + 1 }));
      else if (s === "revealed") changes.push(L.annRevealed);
    });
    if (
      before.questions[view.question ?? -1] === "revealed" &&
      view.reveal &&
      before.reveal?.question !== view.reveal.question
    )
      changes.push(L.annRevealed);
    if (view.locked !== before.locked) changes.push(view.locked ? L.annLocked : L.annUnlocked);
    if (view.lettersOnly !== before.lettersOnly)
      changes.push(view.lettersOnly ? L.annLettersOnly : L.annFullText);
    if (view.phase !== before.phase && view.phase === "summary") changes.push(L.annSummary);
    if (view.phase !== before.phase && view.phase === "ended") changes.push(L.annEnded);
    if (changes.length) announce(changes.join(". "));
  }, [view, L, setup.steps, announce]);

  // "Reconnecting" and "connected again" only after the stream has been open once: the first
  // connection of a page is not news.
  const wasStale = useRef(stale);
  const seenOpen = useRef(false);
  useEffect(() => {
    if (seenOpen.current && stale && !wasStale.current) announce(L.reconnecting);
    else if (seenOpen.current && !stale && wasStale.current) announce(L.reconnected);
    if (!stale) seenOpen.current = true;
    wasStale.current = stale;
  }, [stale, announce, L]);

  // A state change can remove the element that had focus (a step page replaced, a view swapped):
  // focus then goes to the new view's heading instead of being lost on <body>.
  useEffect(() => {
    const id = requestAnimationFrame(() => {
      const active = document.activeElement;
      if (!active || active === document.body) document.getElementById("host-heading")?.focus();
    });
    return () => cancelAnimationFrame(id);
  }, [view.phase, view.question, view.step, onStepPage, status]);

  const run = useCallback(
    async (command: HostCommand | null) => {
      if (!command) return;
      const result = await send(command);
      if (result.ok) setProblem(null);
      else if (result.code) {
        setProblem(setup.errors[result.code]);
        announce(setup.errors[result.code]);
      }
    },
    [send, setup.errors, announce],
  );

  const next = nextCommand(view, stepCount);
  const prev = prevCommand(view, stepCount);
  const toOpen = nextNewQuestion(view);
  const open = openQuestionOf(view);
  const ended = view.phase === "ended";
  const canReveal = question !== null && (status === "open" || status === "closed");
  const distributionOn = question !== null && distributionShown[question] === true;

  const nextLabel = !next
    ? L.next
    : next.type === "start"
      ? L.nextStart
      : next.type === "step"
        ? L.nextStep
        : next.type === "open"
          ? fill(L.nextOpen, { number: (next.index ?? 0) + 1 })
          : next.type === "reveal"
            ? L.nextReveal
            : L.nextSummary;

  const actions: HostAction[] = [
    {
      id: "back",
      keys: ["ArrowLeft"],
      keyLabel: "←",
      label: L.back,
      enabled: prev !== null,
      run: () => void run(prev),
    },
    {
      id: "next",
      keys: ["ArrowRight"],
      keyLabel: "→",
      label: nextLabel,
      enabled: next !== null,
      primary: true,
      run: () => void run(next),
    },
    {
      id: "open",
      keys: ["o"],
      keyLabel: "O",
      label: L.open,
      enabled: !ended && toOpen !== null,
      run: () => void run(toOpen === null ? null : { type: "open", index: toOpen }),
    },
    {
      id: "close",
      keys: ["c"],
      keyLabel: "C",
      label: L.close,
      enabled: open !== null,
      run: () => void run(open === null ? null : { type: "close", index: open }),
    },
    {
      id: "reveal",
      keys: ["r"],
      keyLabel: "R",
      label: L.reveal,
      enabled: canReveal,
      run: () => void run(canReveal ? { type: "reveal", index: question } : null),
    },
    {
      id: "distribution",
      keys: ["d"],
      keyLabel: "D",
      label: L.showDistribution,
      enabled: canReveal,
      pressed: distributionOn,
      run: () => {
        if (question === null || !canReveal) return;
        setDistributionShown((shown) => ({ ...shown, [question]: !shown[question] }));
      },
    },
    {
      id: "options",
      keys: ["t"],
      keyLabel: "T",
      label: L.showOptions,
      // With letters only on the phones, the options must be on the projector.
      enabled: !view.lettersOnly,
      pressed: showOptions || view.lettersOnly,
      run: () =>
        setShowOptions((on) => {
          try {
            localStorage.setItem(OPTIONS_KEY, on ? "off" : "on");
          } catch {
            // Storage can be blocked: the choice still holds for this tab.
          }
          return !on;
        }),
    },
    {
      id: "letters",
      keys: ["p"],
      keyLabel: "P",
      label: L.lettersOnly,
      enabled: !ended,
      pressed: view.lettersOnly,
      run: () => void run({ type: view.lettersOnly ? "full-text" : "letters-only" }),
    },
    {
      id: "lock",
      keys: ["l"],
      keyLabel: "L",
      label: L.lock,
      enabled: !ended,
      pressed: view.locked,
      run: () => void run({ type: view.locked ? "unlock" : "lock" }),
    },
    {
      id: "summary",
      keys: ["s"],
      keyLabel: "S",
      label: L.summary,
      enabled: !ended && view.phase !== "summary",
      run: () => void run({ type: "summary" }),
    },
    { id: "end", keys: ["e"], keyLabel: "E", label: L.end, enabled: !ended, run: () => setConfirm("end") },
    {
      id: "delete",
      keys: ["x"],
      keyLabel: "X",
      label: L.endDelete,
      enabled: true,
      run: () => setConfirm("delete"),
    },
    {
      id: "help",
      keys: ["?"],
      keyLabel: "?",
      label: L.shortcuts,
      enabled: true,
      run: () => setHelpOpen(true),
    },
  ];
  const actionsRef = useRef(actions);
  useEffect(() => {
    actionsRef.current = actions;
  });

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!shortcutTarget(event)) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      const action = actionsRef.current.find((a) => a.keys.includes(key));
      if (!action) return;
      event.preventDefault();
      if (action.enabled) action.run();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const stepIndex = view.step;
  const position =
    view.phase === "step" && stepIndex !== null
      ? fill(L.stepOf, { current: stepIndex + 1, total: stepCount })
      : question !== null
        ? fill(L.questionOf, { current: question + 1, total: view.questions.length })
        : null;

  let main: ReactNode;
  if (view.phase === "lobby") {
    main = <HostLobby view={view} locale={locale} labels={L} languageNames={setup.languageNames} />;
  } else if (view.phase === "step") {
    main = onStepPage ? (
      children
    ) : (
      <p className="text-xl" aria-busy="true">
        {stepIndex !== null
          ? fill(L.annStep, { number: stepIndex + 1, title: setup.steps[stepIndex]?.title ?? "" })
          : ""}
      </p>
    );
  } else if (!quiz) {
    main =
      bundleState.status === "failed" ? (
        <div className="space-y-3">
          <p>{setup.quiz.loadFailed}</p>
          <button type="button" className="btn btn-secondary" onClick={retry}>
            {setup.quiz.tryAgain}
          </button>
        </div>
      ) : (
        <p className="text-xl">{setup.quiz.loading}</p>
      );
  } else if (
    view.phase === "question" &&
    question !== null &&
    quiz.questions[question] &&
    quiz.rendered[question]
  ) {
    main = (
      <HostQuestion
        view={view}
        index={question}
        question={quiz.questions[question]}
        rendered={quiz.rendered[question]}
        locale={locale}
        labels={L}
        quiz={setup.quiz}
        showOptions={showOptions || view.lettersOnly}
        showDistribution={distributionOn}
      />
    );
  } else {
    main = (
      <HostSummary
        sessionId={sessionId}
        hostKey={hostKey}
        joinCode={view.joinCode ?? ""}
        ended={ended}
        refreshKey={view.seq}
        rendered={quiz.rendered}
        locale={locale}
        labels={L}
        errors={setup.errors}
        onDelete={() => setConfirm("delete")}
      />
    );
  }

  return (
    <div className="flex min-h-[calc(100dvh-0.75rem)] flex-col gap-4" data-host-phase={view.phase}>
      <div
        className={
          // In the lobby only a connection lost after the page's first one: that first connection
          // is not news, and a bar that comes and goes above the join code would move it.
          view.phase !== "lobby" || stream === "reconnecting" || stream === "polling"
            ? "no-print flex flex-wrap items-baseline gap-x-8 gap-y-1 border-b border-border pb-1 text-base"
            : "sr-only"
        }
      >
        {position && <p className="font-semibold">{position}</p>}
        {view.phase !== "lobby" && (
          <>
            <p className="tabular-nums">
              <span className="text-muted">{L.joinCode}: </span>
              <strong data-testid="bar-join-code">{formatJoinCode(view.joinCode ?? "")}</strong>
            </p>
            <JoinedCounts view={view} locale={locale} labels={L} languageNames={setup.languageNames} inline />
          </>
        )}
        <p className="ms-auto" data-testid="stream-status" data-status={stream}>
          {stale ? (
            <strong className="text-note">{L.reconnecting}</strong>
          ) : stream === "polling" ? (
            <span className="text-muted">{L.polling}</span>
          ) : null}
        </p>
      </div>

      <div
        className={`flex-1 ${stale ? "opacity-60 grayscale" : ""}`}
        aria-busy={stale}
        data-stale={stale ? "true" : undefined}
      >
        {main}
      </div>

      {problem && (
        <p className="no-print font-semibold text-bad" data-testid="host-problem">
          {problem}
        </p>
      )}
      <HostControls actions={actions} label={L.controls} hint={L.shortcutsHint} />

      <p aria-live="polite" className="sr-only" data-testid="announcer">
        {announcement}
      </p>

      <HostDialog
        id="host-shortcuts"
        open={helpOpen}
        title={L.shortcutsTitle}
        onClose={() => setHelpOpen(false)}
      >
        <p className="mt-2 text-base text-muted">{L.shortcutsNote}</p>
        <ShortcutsTable actions={actions} keyColumn={L.keyColumn} actionColumn={L.actionColumn} />
        <form method="dialog" className="mt-4">
          <button type="submit" className="btn btn-primary">
            {L.closeDialog}
          </button>
        </form>
      </HostDialog>

      <HostDialog
        id="host-confirm"
        open={confirm !== null}
        title={confirm === "delete" ? L.endDelete : L.end}
        onClose={() => setConfirm(null)}
      >
        <p className="mt-3 text-lg">{confirm === "delete" ? L.confirmDelete : L.confirmEnd}</p>
        <form method="dialog" className="mt-5 flex flex-wrap gap-3">
          <button
            type="submit"
            className="btn btn-primary"
            onClick={() => void run({ type: confirm === "delete" ? "delete" : "end" })}
          >
            {L.confirmYes}
          </button>
          <button type="submit" className="btn btn-secondary" autoFocus>
            {L.cancel}
          </button>
        </form>
      </HostDialog>
    </div>
  );
}

/** The class's quiz in this page's language, regenerated from its code (the quiz never travels). */
function useClassQuizOf(bundle: QuizBundle | null, classCode: string, count: number) {
  return useMemo(() => {
    if (!bundle) return null;
    const questions = generateQuiz(bundle.data, { seed: classCode, count }).questions;
    return { questions, rendered: questions.map((q) => renderQuestion(q, bundle.pack)) };
  }, [bundle, classCode, count]);
}

"use client";

import { useEffect, type ReactNode } from "react";
import { usePathname, useRouter } from "next/navigation";
import { liveApi } from "@/components/live/client-api";
import { openLiveStream } from "@/components/live/client-stream";
import { loadKeys } from "@/components/live/keys-storage";
import { createMachineStore, useMachine } from "@/components/live/use-machine";
import { PROJECTOR_KEY } from "@/components/layout/projector-boot";
import type { LiveFrame } from "@/lib/live/client-state";
import { actionForKey, hostLayout, initialHost, reduceHost } from "@/lib/live/host-screen";
import type { Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { useJoinOrigins } from "../use-join-origins";
import { HostClass } from "./HostClass";
import { shortcutTarget } from "./host-actions";
import { performHost, readOptionsChoice } from "./host-effects";
import type { HostSetup } from "./host-labels";

/** Session ids are 22 characters of base64url; anything else in `?s=` is not one. */
const SESSION_ID = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * The teacher's screen for one class, kept by the host layout across the step pages. What it does
 * is decided by its state machine (lib/live/host-screen.ts); this shell feeds it events — `?s=` and
 * the host key kept for it, the host's event stream (a reload, a second tab or a laptop waking up gets
 * a snapshot or the events missed), the keys — and keeps the page in step with it: the projector
 * layout and the address. HostClass draws the class (a step is the page under it, `children`).
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
  const router = useRouter();
  const pathname = usePathname();
  const { state, dispatch } = useMachine(() =>
    createMachineStore({ reduce: reduceHost, perform: performHost }, initialHost(setup.steps.length)),
  );
  const L = setup.labels;
  const view = state.view;
  const layout = hostLayout(state);
  // The class is on screen (not a notice): the keys act, and the address follows the class.
  const classShown = layout === "class" && view !== null && view.datasetVersion === setup.version;
  // Asked as the page loads, alongside the class's stream: the lobby shows its address with it.
  const joinOrigins = useJoinOrigins();

  useEffect(() => {
    const id = new URLSearchParams(window.location.search).get("s") ?? "";
    const keys = SESSION_ID.test(id) ? loadKeys("host", id) : null;
    dispatch({
      type: "booted",
      session: keys && { sessionId: id, hostKey: keys.hostKey },
      showOptions: readOptionsChoice(),
    });
    if (!keys) return;
    // Frames that arrive together (the close and the reveal of one command) are one change of the
    // class, said once; a status waits for the frames before it.
    let batch: LiveFrame[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      clearTimeout(timer);
      const frames = batch;
      batch = [];
      if (frames.length) dispatch({ type: "frames", frames });
    };
    const stream = openLiveStream({
      url: liveApi.hostEvents(id),
      key: keys.hostKey,
      onFrame: (frame) => {
        batch.push(frame);
        if (batch.length === 1) timer = setTimeout(flush, 0);
      },
      onStatus: (status) => {
        flush();
        dispatch({ type: "stream-status", status });
      },
      onFatal: ({ code }) => {
        flush();
        dispatch({ type: "stream-failed", code });
      },
    });
    return () => {
      clearTimeout(timer);
      stream.close();
    };
  }, [dispatch]);

  // Projector layout (larger type, no site chrome) for as long as a class is on screen, unless the
  // teacher has switched projector mode off on this computer. The boot script
  // (components/layout/projector-boot.ts) already set both before the first paint when this computer
  // holds the class's key, so the class's layout does not move in afterwards; with no class after all
  // (gone, not ours), the site's own layout again.
  useEffect(() => {
    const root = document.documentElement;
    if (layout === "none" && root.dataset.liveBoot) {
      delete root.dataset.liveBoot;
      delete root.dataset.liveHost;
      if (storedProjector() !== "on") delete root.dataset.projector;
    }
    if (layout !== "class") return;
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
  }, [layout]);

  // Follow the class with the address: a step is its own static page under this layout, everything
  // else is the host page. `replace`, so the browser's Back leaves the class screen instead of
  // walking through its steps.
  const stepTarget = view?.phase === "step" && view.slug ? paths.liveHostStep(locale, view.slug) : null;
  const sessionId = state.sessionId;
  useEffect(() => {
    if (!classShown || !sessionId) return;
    const target = stepTarget ?? paths.liveHost(locale);
    if (pathname !== target) router.replace(`${target}?s=${encodeURIComponent(sessionId)}`, { scroll: true });
  }, [classShown, stepTarget, pathname, locale, router, sessionId]);

  // The shortcuts: each key runs its action when the action can run now.
  useEffect(() => {
    if (!classShown) return;
    function onKey(event: KeyboardEvent) {
      if (!shortcutTarget(event)) return;
      const id = actionForKey(event.key.length === 1 ? event.key.toLowerCase() : event.key, event.code);
      if (!id) return;
      event.preventDefault();
      dispatch({ type: "action", id, at: Date.now() });
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [classShown, dispatch]);

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
  if (state.status === "starting")
    return (
      <>
        <p className="live-boot-host text-xl">{L.connecting}</p>
        <div className="live-boot-nohost">{noSession}</div>
      </>
    );
  if (state.status === "no-session") return noSession;
  const gone = view?.deleted
    ? { title: L.deletedTitle, body: L.deletedBody, link: L.newClass }
    : state.fatal
      ? { title: L.goneTitle, body: setup.errors[state.fatal], link: L.backToTeach }
      : null;
  if (gone)
    return (
      <Notice title={gone.title} body={gone.body}>
        <a className="btn btn-primary" href={paths.section(locale, "teach")}>
          {gone.link}
        </a>
      </Notice>
    );
  // The lobby waits for the join address too: shown at once, nothing in it moves when it comes.
  if (!view || (view.phase === "lobby" && !joinOrigins)) return <p className="text-xl">{L.connecting}</p>;
  if (!classShown)
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
      state={state}
      view={view}
      dispatch={dispatch}
      onStepPage={stepTarget !== null && pathname === stepTarget}
      joinOrigins={joinOrigins}
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

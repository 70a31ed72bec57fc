/**
 * What the phone's state machine (lib/live/phone-state.ts) asks the outside world to do, done: the
 * live API's requests, this device's storage, and moving the tab. Each answer comes back as an event.
 */
import { liveApi, liveRequest, tellLocale } from "@/components/live/client-api";
import { clearKeys, saveKeys } from "@/components/live/keys-storage";
import type { Locale } from "@/lib/locales";
import type { ParticipantState, PhoneEffect, PhoneEvent, Place } from "@/lib/live/phone-state";
import { paths } from "@/lib/paths";
import { forgetClass, loadAnswers, saveAnswers, saveCurrent, saveFollow } from "./student-storage";

interface JoinAnswer {
  sessionId: string;
  participantId: string;
  resumeKey: string;
  classCode: string;
  count: number;
  datasetVersion: string;
}

export function placePath(locale: Locale, place: Place): string {
  return place.kind === "step" ? paths.liveStep(locale, place.slug) : paths.live(locale);
}

export function phoneEffects({ locale, push }: { locale: Locale; push: (href: string) => void }) {
  return function perform(effect: PhoneEffect, dispatch: (event: PhoneEvent) => void) {
    switch (effect.type) {
      case "join":
        void liveRequest<JoinAnswer>(liveApi.join(), { body: { joinCode: effect.joinCode, locale } }).then(
          (result) => {
            if (!result.ok) {
              dispatch({
                type: "join-refused",
                problem: { code: result.code, retryAfter: result.retryAfter },
                joinCode: effect.joinCode,
              });
              return;
            }
            const { sessionId, participantId, resumeKey, classCode, count, datasetVersion } = result.data;
            dispatch({
              type: "joined",
              current: { sessionId, joinCode: effect.joinCode, classCode, count, datasetVersion },
              keys: { participantId, resumeKey },
              answers: loadAnswers(sessionId),
            });
          },
        );
        return;
      case "remember-class":
        saveKeys({ role: "student", sessionId: effect.current.sessionId, ...effect.keys });
        saveCurrent(effect.current);
        // Drop `?code=` so a reload resumes instead of joining again.
        window.history.replaceState(window.history.state, "", paths.live(locale));
        return;
      case "forget-class":
        clearKeys("student", effect.sessionId);
        forgetClass(effect.sessionId);
        return;
      case "save-answers":
        saveAnswers(effect.sessionId, effect.answers);
        return;
      case "save-follow":
        saveFollow(effect.on);
        return;
      case "post-answer": {
        const { sessionId, keys, question, answer, seq } = effect;
        void liveRequest(liveApi.answers(sessionId), {
          body: { participantId: keys.participantId, question, answer, answerSeq: seq },
          key: keys.resumeKey,
        }).then((result) =>
          dispatch(
            result.ok
              ? { type: "answer-confirmed", sessionId, question, seq, answer }
              : {
                  type: "answer-refused",
                  sessionId,
                  question,
                  seq,
                  problem: { code: result.code, retryAfter: result.retryAfter },
                },
          ),
        );
        return;
      }
      case "load-participant": {
        const { sessionId, keys, purpose } = effect;
        void liveRequest<ParticipantState>(liveApi.participant(sessionId, keys.participantId), {
          key: keys.resumeKey,
        }).then((result) =>
          dispatch(
            result.ok
              ? { type: "participant-loaded", sessionId, purpose, participant: result.data }
              : { type: "participant-refused", sessionId, purpose, code: result.code },
          ),
        );
        return;
      }
      case "tell-locale":
        void tellLocale(effect.sessionId, effect.keys, effect.locale);
        return;
      case "switch-locale":
        void (async () => {
          if (effect.tell) await tellLocale(effect.tell.sessionId, effect.tell.keys, effect.locale);
          // A full load: <html lang>, metadata and the server-rendered strings change together.
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination
          window.location.assign(
            `${paths.inLocale(window.location.pathname, effect.locale)}${window.location.search}`,
          );
        })();
        return;
      case "go": {
        const to = placePath(locale, effect.to);
        if (window.location.pathname === to) dispatch({ type: "arrived", place: effect.to });
        else void pageAnswers(to).then((ok) => dispatch({ type: "move-checked", to: effect.to, ok }));
        return;
      }
      case "navigate": {
        const to = placePath(locale, effect.to);
        if (window.location.pathname === to) dispatch({ type: "arrived", place: effect.to });
        else push(to);
        return;
      }
      case "later":
        window.setTimeout(() => dispatch(effect.event), effect.ms);
        return;
      case "open-homework":
        window.location.assign(paths.homework(locale, effect.joinCode));
        return;
    }
  };
}

/**
 * Whether the page at `href` can be loaded now. The router, when it cannot fetch a page, falls back
 * to loading it the browser's way, which on a failing network shows the browser's own error page:
 * a phone in a class moves only to a page that answers, and says "Reconnecting…" meanwhile.
 */
async function pageAnswers(href: string): Promise<boolean> {
  try {
    const response = await fetch(href, {
      method: "HEAD",
      cache: "no-store",
      signal: AbortSignal.timeout(PAGE_CHECK_TIMEOUT_MS),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/** A check on a network that holds requests without failing them gives up after this long. */
const PAGE_CHECK_TIMEOUT_MS = 4000;

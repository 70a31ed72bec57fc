import { afterAll, describe, expect, it } from "vitest";
import type { LiveFrame } from "./client-state";
import {
  initialPhone,
  classLinkAt,
  isSending,
  reducePhone,
  shownStatus,
  streamRetryMaxMs,
  STREAM_RETRY_MAX_MS,
  STREAM_RETRY_MOVING_MS,
  type CurrentClass,
  type PhoneEffect,
  type PhoneEvent,
  type PhoneState,
  type StoredAnswers,
} from "./phone-state";

const SID = "session-aaaaaaaaaaaaaaaa";
const current: CurrentClass = {
  sessionId: SID,
  joinCode: "12345678",
  classCode: "424242",
  count: 3,
  datasetVersion: "v1",
};
const keys = { participantId: "participant-aaaaaaaaaa", resumeKey: "resume-key-aaaaaaaaaaaa" };
const auth = { sessionId: SID, keys };

/** Every event the phone knows; the last test checks that each one was walked at least once. */
const everyEvent: Record<PhoneEvent["type"], true> = {
  booted: true,
  "join-asked": true,
  joined: true,
  "join-refused": true,
  frame: true,
  "stream-status": true,
  "stream-failed": true,
  network: true,
  "answers-synced": true,
  "answer-chosen": true,
  "answer-sent": true,
  "answer-confirmed": true,
  "answer-refused": true,
  "participant-loaded": true,
  "participant-refused": true,
  "follow-set": true,
  "locale-switched": true,
  "someone-else": true,
  "leave-asked": true,
  "leave-answered": true,
  arrived: true,
  "place-asked": true,
  "move-checked": true,
  "move-retry": true,
  "quote-opened": true,
  "quote-closed": true,
};
const walked = new Set<string>();

/** Applies `events` in order; the state at the end and every effect asked for on the way. */
function walk(state: PhoneState, ...events: PhoneEvent[]) {
  const effects: PhoneEffect[] = [];
  for (const event of events) {
    walked.add(event.type);
    const t = reducePhone(state, event);
    state = t.state;
    effects.push(...t.effects);
  }
  return { state, effects };
}

const snapshot = (over: Record<string, unknown> = {}, seq = 10): PhoneEvent => ({
  type: "frame",
  sessionId: SID,
  frame: {
    id: seq,
    event: "snapshot",
    data: {
      seq,
      classCode: "424242",
      count: 3,
      datasetVersion: "v1",
      phase: "lobby",
      step: null,
      slug: null,
      question: null,
      questions: ["new", "new", "new"],
      locked: false,
      counts: { question: null, answered: 0, joined: 1 },
      reveal: null,
      ...over,
    },
  },
});
const frame = (id: number | null, event: string, data: unknown = {}): PhoneEvent => ({
  type: "frame",
  sessionId: SID,
  frame: { id, event, data } satisfies LiveFrame,
});
const status = (s: "connecting" | "open" | "reconnecting" | "polling"): PhoneEvent => ({
  type: "stream-status",
  sessionId: SID,
  status: s,
});
const choose = (question: number, answer: string | string[], send = true, storedSeq = 0): PhoneEvent => ({
  type: "answer-chosen",
  question,
  answer,
  send,
  storedSeq,
});
const confirmed = (question: number, seq: number, answer: string | string[]): PhoneEvent => ({
  type: "answer-confirmed",
  sessionId: SID,
  question,
  seq,
  answer,
});
const reveal = (question: number, id = 20): PhoneEvent =>
  frame(id, "reveal", {
    question,
    id: `q${question}`,
    kind: "who",
    correct: "a",
    distribution: { answered: 1, correct: 1, byOption: { a: 1 } },
  });
const booted = (answers: StoredAnswers = {}, over: Partial<Extract<PhoneEvent, { type: "booted" }>> = {}) =>
  ({
    type: "booted",
    saved: current,
    keys,
    answers,
    follow: true,
    linkedCode: "",
    online: true,
    ...over,
  }) satisfies PhoneEvent;

/** A phone in the class, on its page, with question 0 open and the stream open. */
function inOpenQuestion(locale: "en" | "ru" | "kk" = "en", answers: StoredAnswers = {}) {
  return walk(
    initialPhone(locale),
    booted(answers),
    snapshot({ phase: "question", question: 0, questions: ["open", "new", "new"], kind: "who" }),
    status("open"),
  );
}
const posts = (effects: PhoneEffect[]) => effects.filter((e) => e.type === "post-answer");
const at = (place: { kind: "class" } | { kind: "step"; slug: string } | null): PhoneEvent => ({
  type: "arrived",
  place,
});
const stepPage = (slug: string) => ({ kind: "step", slug }) as const;

describe("a phone joining and resuming", () => {
  it("joins by a typed code, and remembers the class before asking for its own state", () => {
    let { state, effects } = walk(initialPhone("kk"), booted({}, { saved: null, keys: null }), {
      type: "join-asked",
      code: "1234 5678",
    });
    expect(state).toMatchObject({ stage: "join", joining: true });
    expect(effects).toEqual([{ type: "join", joinCode: "12345678" }]);
    // A second press while the first is on its way asks nothing more.
    expect(walk(state, { type: "join-asked", code: "12345678" }).effects).toEqual([]);
    ({ state, effects } = walk(state, { type: "joined", current, keys, answers: {} }));
    expect(state).toMatchObject({ stage: "class", joining: false, current, view: null, end: null });
    expect(effects.map((e) => e.type)).toEqual(["remember-class", "load-participant"]);
  });

  it("says why a join failed, and lets the student try again", () => {
    const { state } = walk(
      initialPhone("ru"),
      booted({}, { saved: null, keys: null }),
      { type: "join-asked", code: "99999999" },
      { type: "join-refused", problem: { code: "rate-limited", retryAfter: 30 } },
    );
    expect(state).toMatchObject({ joining: false, problem: { code: "rate-limited", retryAfter: 30 } });
    expect(walk(state, { type: "join-asked", code: "12345678" }).state.problem).toBeNull();
  });

  it("sends a homework's code on to the homework page, still saying why if that page does not open", () => {
    const asked = walk(initialPhone("kk"), booted({}, { saved: null, keys: null }), {
      type: "join-asked",
      code: "1234 5678",
    }).state;
    const refused = walk(asked, {
      type: "join-refused",
      problem: { code: "is-assignment" },
      joinCode: "12345678",
    });
    expect(refused.effects).toEqual([{ type: "open-homework", joinCode: "12345678" }]);
    expect(refused.state).toMatchObject({ joining: false, problem: { code: "is-assignment" } });
    const other = walk(refused.state, {
      type: "join-refused",
      problem: { code: "unknown-session" },
      joinCode: "1",
    });
    expect(other.effects).toEqual([]);
  });

  it("forgets the class it was in when a QR link names another, or when its keys are gone", () => {
    const other = walk(initialPhone("en"), booted({}, { linkedCode: "8765 4321" }));
    expect(other.state.stage).toBe("join");
    expect(other.effects).toEqual([{ type: "forget-class", sessionId: SID }]);
    const sameCode = walk(initialPhone("en"), booted({}, { linkedCode: "12345678" }));
    expect(sameCode.state.stage).toBe("class");
    const noKeys = walk(initialPhone("en"), booted({}, { keys: null }));
    expect(noKeys.state.stage).toBe("join");
    expect(noKeys.effects).toEqual([{ type: "forget-class", sessionId: SID }]);
  });

  it("fills in answers the server has and this device lost, keeps its own, and corrects the language", () => {
    const mine: StoredAnswers = { 1: { answer: "b", seq: 3, recorded: true, sent: "b" } };
    const { state, effects } = walk(initialPhone("kk"), booted(mine), {
      type: "participant-loaded",
      sessionId: SID,
      purpose: "resume",
      participant: {
        participantId: keys.participantId,
        locale: "ru",
        phase: "question",
        answers: [
          { question: 0, answer: "a" },
          { question: 1, answer: "c" },
        ],
        score: { correct: 1, revealed: 1 },
      },
    });
    expect(state.answers).toEqual({
      0: { answer: "a", seq: 1000, recorded: true, sent: "a" },
      1: mine[1],
    });
    expect(state.score).toEqual({ correct: 1, revealed: 1 });
    expect(effects).toContainEqual({ type: "save-answers", sessionId: SID, answers: state.answers });
    expect(effects).toContainEqual({ type: "tell-locale", locale: "kk", ...auth });
  });

  it("takes another tab's answers, and ignores another class's", () => {
    const { state } = inOpenQuestion();
    const answers = { 0: { answer: "c", seq: 4, recorded: true, sent: "c" } };
    expect(walk(state, { type: "answers-synced", sessionId: SID, answers }).state.answers).toEqual(answers);
    expect(walk(state, { type: "answers-synced", sessionId: "other", answers }).state).toBe(state);
  });

  it("leaves the class when the server no longer knows this student", () => {
    const { state, effects } = walk(initialPhone("en"), booted(), {
      type: "participant-refused",
      sessionId: SID,
      purpose: "resume",
      code: "forbidden",
    });
    expect(state).toMatchObject({ stage: "join", current: null, keys: null, problem: { code: "forbidden" } });
    expect(effects).toContainEqual({ type: "forget-class", sessionId: SID });
    // Anything else (the network, a busy store) changes nothing: the class goes on.
    const busy = walk(initialPhone("en"), booted(), {
      type: "participant-refused",
      sessionId: SID,
      purpose: "score",
      code: "store-busy",
    });
    expect(busy.state.stage).toBe("class");
  });
});

describe("the class as the stream tells it", () => {
  it("says each change once, follows the teacher, and ignores a frame it already has", () => {
    let { state, effects } = walk(initialPhone("en"), booted(), snapshot(), status("open"));
    expect(state.said).toBeNull();
    expect(effects).toContainEqual({ type: "go", to: { kind: "class" } });

    ({ state, effects } = walk(state, frame(11, "step", { step: 0, slug: "the-decree" })));
    expect(state.said?.news).toEqual({ kind: "step", step: 0 });
    expect(effects).toEqual([{ type: "go", to: { kind: "step", slug: "the-decree" } }]);
    expect(walk(state, frame(11, "step", { step: 1, slug: "x" })).state).toBe(state);

    ({ state } = walk(state, frame(12, "open", { question: 1, id: "q1", kind: "who" })));
    expect(state.said?.news).toEqual({ kind: "question-open", question: 1 });
    const n = state.said!.n;
    // A counts update, or the same question in a snapshot after a reconnect, is not news again.
    ({ state } = walk(
      state,
      frame(null, "counts", { question: 1, answered: 1, joined: 1 }),
      snapshot({ phase: "question", question: 1, questions: ["new", "open", "new"] }, 12),
    ));
    expect(state.said!.n).toBe(n);

    ({ state } = walk(state, frame(13, "letters-only")));
    expect(state.said?.news).toEqual({ kind: "letters-only" });
    ({ state } = walk(state, frame(14, "full-text")));
    expect(state.said?.news).toEqual({ kind: "full-text" });
  });

  it("does not move a student who stopped following, and moves them when they follow again", () => {
    let { state, effects } = walk(
      initialPhone("en"),
      booted({}, { follow: false }),
      snapshot({ phase: "step", step: 2, slug: "the-exodus" }),
    );
    expect(effects.filter((e) => e.type === "go")).toEqual([]);
    ({ state, effects } = walk(state, { type: "follow-set", on: true }));
    expect(state.follow).toBe(true);
    expect(effects).toEqual([
      { type: "save-follow", on: true },
      { type: "go", to: { kind: "step", slug: "the-exodus" } },
    ]);
  });

  it("shows Reconnecting… at once when the device goes offline", () => {
    let { state } = inOpenQuestion();
    ({ state } = walk(state, { type: "network", online: false }));
    expect(shownStatus(state)).toBe("reconnecting");
    ({ state } = walk(state, { type: "network", online: true }));
    expect(shownStatus(state)).toBe("open");
  });

  it("fetches the score at a reveal and at the summary; at the end once more, then forgets the class", () => {
    let { state, effects } = walk(
      inOpenQuestion().state,
      at({ kind: "class" }),
      choose(0, "a"),
      confirmed(0, 1, "a"),
      frame(11, "close", { question: 0 }),
      reveal(0, 12),
    );
    expect(state.said?.news).toEqual({ kind: "revealed" });
    expect(effects).toContainEqual({ type: "load-participant", purpose: "score", ...auth });
    ({ state, effects } = walk(state, frame(13, "summary")));
    expect(effects).toEqual([{ type: "load-participant", purpose: "score", ...auth }]);
    ({ state, effects } = walk(state, frame(14, "end")));
    expect(state.end).toBe("ended");
    expect(effects).toEqual([{ type: "load-participant", purpose: "final", ...auth }]);
    const score = { correct: 1, revealed: 1 };
    const participant = {
      participantId: keys.participantId,
      locale: "en",
      phase: "ended",
      answers: [],
      score,
    };
    const done = walk(state, { type: "participant-loaded", sessionId: SID, purpose: "final", participant });
    expect(done.state.score).toEqual(score);
    expect(done.effects).toEqual([{ type: "forget-class", sessionId: SID }]);
    // A failed last look still takes the keys off the device.
    expect(
      walk(state, { type: "participant-refused", sessionId: SID, purpose: "final", code: "network" }).effects,
    ).toEqual([{ type: "forget-class", sessionId: SID }]);
  });

  it("a stream that ends for good: the class over (410), or gone from this student (404, 403)", () => {
    const { state } = inOpenQuestion();
    const ended = walk(state, { type: "stream-failed", sessionId: SID, code: "ended" });
    expect(ended.state.end).toBe("ended");
    expect(ended.effects).toEqual([{ type: "load-participant", purpose: "final", ...auth }]);
    const gone = walk(state, { type: "stream-failed", sessionId: SID, code: "unknown-session" });
    expect(gone.state).toMatchObject({ stage: "join", current: null, problem: { code: "unknown-session" } });
    expect(gone.effects).toEqual([{ type: "forget-class", sessionId: SID }]);
  });

  it("joining another class after the end: the class, its keys and answers leave; the class page again", () => {
    const { state, effects } = walk(inOpenQuestion().state, choose(0, "a"), { type: "someone-else" });
    expect(state).toMatchObject({ stage: "join", current: null, keys: null, answers: {}, end: null });
    expect(effects.slice(-2)).toEqual([
      { type: "forget-class", sessionId: SID },
      { type: "go", to: { kind: "class" } },
    ]);
  });
});

describe("answers, and the hard paths", () => {
  it("sends a choice at once, keeps an order on the device until it is sent, and confirms it", () => {
    let { state, effects } = walk(inOpenQuestion().state, choose(0, ["c", "a", "b"], false));
    expect(state.answers[0]).toEqual({ answer: ["c", "a", "b"], seq: 1, recorded: false });
    expect(posts(effects)).toEqual([]);
    expect(effects).toContainEqual({ type: "save-answers", sessionId: SID, answers: state.answers });
    ({ state, effects } = walk(state, { type: "answer-sent", question: 0, storedSeq: 1 }));
    expect(posts(effects)).toEqual([
      { type: "post-answer", question: 0, answer: ["c", "a", "b"], seq: 2, ...auth },
    ]);
    expect(isSending(state, 0)).toBe(true);
    ({ state } = walk(state, confirmed(0, 2, ["c", "a", "b"])));
    expect(state.answers[0]).toMatchObject({ recorded: true, tried: false, sent: ["c", "a", "b"] });
    expect(state.said?.news).toEqual({ kind: "recorded" });
    expect(isSending(state, 0)).toBe(false);
  });

  it("takes the seq above any other tab's, so two tabs never send the same one", () => {
    const { effects } = walk(inOpenQuestion().state, choose(0, "b", true, 7));
    expect(posts(effects)[0]).toMatchObject({ seq: 8 });
  });

  it("an unconfirmed answer across a reconnect is sent again once the stream is back, not before", () => {
    let { state, effects } = walk(inOpenQuestion().state, { type: "network", online: false }, choose(0, "a"));
    expect(posts(effects)).toHaveLength(1);
    ({ state, effects } = walk(
      state,
      { type: "answer-refused", sessionId: SID, question: 0, seq: 1, problem: { code: "network" } },
      status("reconnecting"),
      { type: "network", online: true },
    ));
    expect(state.problem).toEqual({ code: "network" });
    expect(state.answers[0]).toMatchObject({ tried: true, recorded: false });
    expect(posts(effects)).toEqual([]);
    ({ state, effects } = walk(state, status("open")));
    expect(posts(effects)).toEqual([{ type: "post-answer", question: 0, answer: "a", seq: 1, ...auth }]);
    ({ state } = walk(state, confirmed(0, 1, "a")));
    expect(state.problem).toBeNull();
    expect(state.answers[0]).toMatchObject({ recorded: true, sent: "a" });
    // Polling is not a way back for an answer: only the stream open is.
    expect(posts(walk(inOpenQuestion().state, choose(0, "a"), status("polling")).effects)).toHaveLength(1);
  });

  it("an unconfirmed answer across a reload: the next page sends it when it sees the question open", () => {
    const stored: StoredAnswers = { 0: { answer: "b", seq: 2, recorded: false, tried: true, sent: "a" } };
    const { effects } = inOpenQuestion("en", stored);
    expect(posts(effects)).toEqual([{ type: "post-answer", question: 0, answer: "b", seq: 2, ...auth }]);
  });

  it("a changed answer racing its confirmation: the older confirmation is history, in either order", () => {
    const start = walk(inOpenQuestion().state, choose(0, "a"), choose(0, "b")).state;
    expect(start.answers[0]).toMatchObject({ answer: "b", seq: 2 });
    // The first answer's confirmation arrives while the second is on its way.
    let { state } = walk(start, confirmed(0, 1, "a"));
    expect(state.answers[0]).toMatchObject({ answer: "b", seq: 2, recorded: false });
    expect(state.said).toEqual(start.said);
    expect(isSending(state, 0)).toBe(true);
    ({ state } = walk(state, confirmed(0, 2, "b")));
    expect(state.answers[0]).toMatchObject({ answer: "b", recorded: true, sent: "b" });
    // The other way round, and a late failure of the first: the second answer stands, no error shown.
    ({ state } = walk(start, confirmed(0, 2, "b"), confirmed(0, 1, "a"), {
      type: "answer-refused",
      sessionId: SID,
      question: 0,
      seq: 1,
      problem: { code: "network" },
    }));
    expect(state.answers[0]).toMatchObject({ answer: "b", recorded: true, sent: "b" });
    expect(state.problem).toBeNull();
  });

  it("a reveal arriving before the confirmation: the answer still lands, and the score is read again", () => {
    let { state, effects } = walk(
      inOpenQuestion().state,
      choose(0, "a"),
      frame(11, "close", { question: 0 }),
      reveal(0, 12),
    );
    expect(state.view?.questions[0]).toBe("revealed");
    expect(state.answers[0]?.sent).toBeUndefined();
    ({ state, effects } = walk(state, confirmed(0, 1, "a")));
    expect(state.answers[0]).toMatchObject({ recorded: true, sent: "a" });
    expect(effects).toContainEqual({ type: "load-participant", purpose: "score", ...auth });
    expect(posts(effects)).toEqual([]);
    // Refused because it came too late: said, and nothing is sent again for a closed question.
    const late = walk(
      inOpenQuestion().state,
      choose(0, "a"),
      reveal(0, 11),
      { type: "answer-refused", sessionId: SID, question: 0, seq: 1, problem: { code: "not-open" } },
      status("reconnecting"),
      status("open"),
    );
    expect(late.state.problem).toEqual({ code: "not-open" });
    expect(posts(late.effects)).toHaveLength(1);
  });

  it("a language switch mid-question: the server is told, and the new page resumes the same answer", () => {
    // An order arranged and sent; the switch comes before the confirmation.
    const { state, effects } = walk(
      inOpenQuestion("ru").state,
      choose(0, ["b", "a", "c"], false),
      { type: "answer-sent", question: 0, storedSeq: 1 },
      { type: "locale-switched", locale: "kk" },
    );
    expect(effects.at(-1)).toEqual({ type: "switch-locale", locale: "kk", tell: auth });
    // The page loads again in Kazakh with what the last one stored.
    const stored = state.answers;
    const next = inOpenQuestion("kk", stored);
    expect(next.state.answers).toEqual(stored);
    expect(posts(next.effects)).toEqual([
      { type: "post-answer", question: 0, answer: ["b", "a", "c"], seq: 2, ...auth },
    ]);
    const participant = {
      participantId: keys.participantId,
      locale: "ru",
      phase: "question",
      answers: [],
      score: { correct: 0, revealed: 0 },
    };
    const told = walk(next.state, {
      type: "participant-loaded",
      sessionId: SID,
      purpose: "resume",
      participant,
    });
    expect(told.effects).toContainEqual({ type: "tell-locale", locale: "kk", ...auth });
    // Outside a class the language just changes.
    const outside = walk(initialPhone("en"), booted({}, { saved: null }), {
      type: "locale-switched",
      locale: "ru",
    });
    expect(outside.effects).toEqual([{ type: "switch-locale", locale: "ru", tell: null }]);
  });

  it("a deleted class while an answer is in flight: the end stays on screen and nothing is written back", () => {
    let { state, effects } = walk(inOpenQuestion().state, choose(0, "a"), frame(null, "deleted"));
    expect(state.end).toBe("deleted");
    expect(effects).toContainEqual({ type: "forget-class", sessionId: SID });
    expect(placeFollowed(effects)).toBeUndefined();
    for (const late of [
      confirmed(0, 1, "a"),
      { type: "answer-refused", sessionId: SID, question: 0, seq: 1, problem: { code: "unknown-session" } },
      { type: "stream-failed", sessionId: SID, code: "unknown-session" },
      { type: "participant-refused", sessionId: SID, purpose: "score", code: "unknown-session" },
    ] satisfies PhoneEvent[]) {
      ({ state, effects } = walk(state, late));
      expect(effects, late.type).toEqual([]);
      expect(state).toMatchObject({ stage: "class", end: "deleted", problem: null });
    }
    expect(walk(state, choose(0, "b")).effects).toEqual([]);
  });

  it("a refusal that means the student is not in the class any more leaves it, saying why", () => {
    const { state } = walk(inOpenQuestion().state, choose(0, "a"), {
      type: "answer-refused",
      sessionId: SID,
      question: 0,
      seq: 1,
      problem: { code: "forbidden" },
    });
    expect(state).toMatchObject({ stage: "join", current: null, problem: { code: "forbidden" } });
  });

  it("ignores what a stream of a class already left still says", () => {
    const left = walk(inOpenQuestion().state, { type: "someone-else" }).state;
    expect(walk(left, status("open"), snapshot(), reveal(0)).state).toEqual(left);
  });
});

describe("inside the class every link stays in it, and the phone follows from wherever it is", () => {
  /** Question 0 revealed, on the class page. */
  const revealedHere = () =>
    walk(inOpenQuestion().state, at({ kind: "class" }), frame(11, "close"), reveal(0, 12));

  it("reads a step from the reveal, then follows the teacher to the next question", () => {
    let { state, effects } = walk(revealedHere().state, { type: "place-asked", to: stepPage("the-decree") });
    expect(effects).toEqual([{ type: "go", to: stepPage("the-decree") }]);
    ({ state, effects } = walk(state, { type: "move-checked", to: stepPage("the-decree"), ok: true }));
    expect(effects).toEqual([{ type: "navigate", to: stepPage("the-decree") }]);
    ({ state } = walk(state, at(stepPage("the-decree"))));
    expect(state.moving).toBeNull();
    // The teacher opens the next question: the phone goes back to the class page.
    ({ effects } = walk(state, frame(13, "open", { question: 1, id: "q1", kind: "who" })));
    expect(effects).toContainEqual({ type: "go", to: { kind: "class" } });
  });

  it("opens a quote over the page; the teacher moving on closes it and moves the phone", () => {
    let { state, effects } = walk(revealedHere().state, { type: "quote-opened", quoteId: "q-putin" });
    expect(state.reading).toBe("q-putin");
    expect(effects).toEqual([]);
    expect(walk(state, { type: "quote-closed" }).state.reading).toBeNull();
    ({ state, effects } = walk(state, frame(13, "step", { step: 1, slug: "the-exodus" })));
    expect(state.reading).toBeNull();
    expect(effects).toEqual([{ type: "go", to: stepPage("the-exodus") }]);
  });

  it("a page that does not answer: stays, says Reconnecting…, retries soon, and moves when it can", () => {
    let { state, effects } = walk(revealedHere().state, frame(13, "step", { step: 1, slug: "the-exodus" }));
    expect(streamRetryMaxMs(state)).toBe(STREAM_RETRY_MOVING_MS);
    ({ state, effects } = walk(state, { type: "move-checked", to: stepPage("the-exodus"), ok: false }));
    expect(shownStatus(state)).toBe("reconnecting");
    expect(effects).toEqual([{ type: "later", ms: expect.any(Number), event: { type: "move-retry" } }]);
    expect((effects[0] as { ms: number }).ms).toBeLessThanOrEqual(3000);
    // The teacher moving again meanwhile changes where the retry goes, not how many there are.
    ({ state, effects } = walk(state, { type: "move-retry" }));
    expect(effects).toEqual([{ type: "go", to: stepPage("the-exodus") }]);
    ({ state, effects } = walk(state, { type: "move-checked", to: stepPage("the-exodus"), ok: true }));
    expect(effects).toEqual([{ type: "navigate", to: stepPage("the-exodus") }]);
    ({ state } = walk(state, at(stepPage("the-exodus"))));
    expect(shownStatus(state)).toBe("open");
    expect(streamRetryMaxMs(state)).toBe(STREAM_RETRY_MAX_MS);
  });

  it("a move given up (the teacher came back here) is not made when its check answers late", () => {
    let { state } = walk(revealedHere().state, { type: "place-asked", to: stepPage("the-decree") });
    ({ state } = walk(state, { type: "place-asked", to: { kind: "class" } }));
    expect(state.moving).toBeNull();
    const late = walk(state, { type: "move-checked", to: stepPage("the-decree"), ok: true });
    expect(late.effects).toEqual([]);
    expect(walk(state, { type: "move-retry" }).effects).toEqual([]);
  });

  it("knows which links stay in the class", () => {
    expect(classLinkAt("/en/live", "")).toEqual({ kind: "place", to: { kind: "class" } });
    expect(classLinkAt("/kk/live/step/the-decree", "")).toEqual({
      kind: "place",
      to: stepPage("the-decree"),
    });
    expect(classLinkAt("/ru/explainer/the-decree", "")).toEqual({
      kind: "place",
      to: stepPage("the-decree"),
    });
    expect(classLinkAt("/en/sources", "#quote-q-putin")).toEqual({ kind: "quote", quoteId: "q-putin" });
    for (const [path, hash] of [
      ["/en/live", "#main"],
      ["/en/live/host", ""],
      ["/en/sources", ""],
      ["/en/quiz", ""],
      ["/en/explainer", ""],
    ] as const)
      expect(classLinkAt(path, hash), `${path}${hash}`).toBeNull();
  });
});

describe("leaving the class on purpose", () => {
  it("asks first; staying keeps everything, leaving forgets the class on this phone", () => {
    let { state, effects } = walk(inOpenQuestion().state, at(stepPage("the-decree")), {
      type: "leave-asked",
    });
    expect(state.leaving).toBe(true);
    expect(effects).toEqual([]);
    ({ state, effects } = walk(state, { type: "leave-answered", leave: false }));
    expect(state).toMatchObject({ leaving: false, stage: "class", current });
    expect(effects).toEqual([]);
    // A second "no" (the dialog closing after its button) changes nothing.
    expect(walk(state, { type: "leave-answered", leave: true }).state).toBe(state);

    ({ state, effects } = walk(state, { type: "leave-asked" }, { type: "leave-answered", leave: true }));
    expect(state).toMatchObject({ leaving: false, stage: "join", current: null, keys: null, answers: {} });
    expect(effects).toEqual([
      { type: "forget-class", sessionId: SID },
      { type: "go", to: { kind: "class" } },
    ]);
    expect(walk(state, { type: "leave-asked" }).state.leaving).toBe(false);
  });
});

function placeFollowed(effects: PhoneEffect[]) {
  return effects.find((e) => e.type === "go");
}

afterAll(() => {
  expect([...walked].sort()).toEqual(Object.keys(everyEvent).sort());
});

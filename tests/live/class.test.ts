/**
 * A whole class through the API on one `next start`: 1 host and 30 students in three languages, a
 * question of every kind; then reconnecting, new clients and polling.
 */
import { afterAll, describe, expect, inject, it } from "vitest";
import { classQuiz, type ClassQuiz } from "@/server/live/class-quiz";
import kk from "../../messages/kk.json" with { type: "json" };
import ru from "../../messages/ru.json" with { type: "json" };
import { parseCsv } from "../parse-csv";
import { request, stateSeqs, StreamClient, type Frame } from "./harness";

const base = inject("liveBase");
const locales = ["en", "ru", "kk"] as const;
const streams: StreamClient[] = [];
afterAll(() => streams.forEach((s) => s.close()));

function stream(path: string, key?: string): Promise<StreamClient> {
  const s = new StreamClient(`${base}/api/live${path}`, key);
  streams.push(s);
  return s.open();
}

/** A class code whose quiz of `count` questions has every kind (searched, so a generator change cannot break it). */
function classWithEveryKind(count: number): ClassQuiz {
  for (let c = 100000; c < 101000; c++) {
    const quiz = classQuiz(String(c), count);
    if (new Set(quiz.questions.map((q) => q.kind)).size === 6) return quiz;
  }
  throw new Error("no class code gives every kind");
}

interface Created {
  sessionId: string;
  joinCode: string;
  hostKey: string;
  classCode: string;
  count: number;
  datasetVersion: string;
}
interface Joined {
  sessionId: string;
  participantId: string;
  resumeKey: string;
}

/** What student j answers to question i: right for two in three, else a wrong option. */
function answerOf(quiz: ClassQuiz, i: number, j: number): string | string[] {
  const q = quiz.questions[i]!;
  const right = (i + j) % 3 !== 0;
  if (q.answer === "order") {
    const correct = q.correct.split(",");
    return right ? correct : [...correct].reverse();
  }
  return right ? q.correct : q.options.find((o) => o !== q.correct)!;
}
const sorted = (o: Record<string, number>) =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
const stored = (a: string | string[]) => (Array.isArray(a) ? a.join(",") : a);

describe("a whole class", () => {
  it("30 students in three languages answer a question of every kind; counts and own states are right", async () => {
    const quiz = classWithEveryKind(6);
    const created = await request<Created>(base, "POST", "/sessions", {
      body: { classCode: quiz.classCode, count: 6, locale: "en" },
      address: "192.0.2.1",
    });
    expect(created.status).toBe(201);
    const s = created.body;
    expect(s).toMatchObject({ classCode: quiz.classCode, count: 6, datasetVersion: quiz.datasetVersion });
    expect(s.joinCode).toMatch(/^\d{8}$/);
    const host = await stream(`/s/${s.sessionId}/host/events`, s.hostKey);
    expect(host.status).toBe(200);

    const students: (Joined & { locale: string; stream: StreamClient })[] = [];
    for (let j = 0; j < 30; j++) {
      const locale = locales[j % 3]!;
      // Typed with a space, as on the projector.
      const r = await request<Joined>(base, "POST", "/join", {
        body: { joinCode: `${s.joinCode.slice(0, 4)} ${s.joinCode.slice(4)}`, locale },
        address: "192.0.2.2",
      });
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ sessionId: s.sessionId, classCode: quiz.classCode, count: 6 });
      students.push({ ...r.body, locale, stream: await stream(`/s/${s.sessionId}/events`) });
    }
    await host.until((f) => f.some((x) => x.event === "counts" && x.data.joined === 30), "30 joined");
    const joinedCounts = host.frames.filter((f) => f.event === "counts").at(-1)!;
    expect(joinedCounts.data.byLocale).toEqual({ en: 10, ru: 10, kk: 10 });

    const cmd = async (body: Record<string, unknown>) => {
      const r = await request(base, "POST", `/s/${s.sessionId}/commands`, { body, key: s.hostKey });
      expect(r.status, JSON.stringify([body, r.body])).toBe(200);
    };
    await cmd({ type: "start" });
    await cmd({ type: "step", index: 1 });

    const expected: { answered: number; correct: number; byOption: Record<string, number> }[] = [];
    for (let i = 0; i < 6; i++) {
      await cmd({ type: "open", index: i });
      const byOption: Record<string, number> = {};
      let correct = 0;
      await Promise.all(
        students.map(async (p, j) => {
          // Every third student first answers something else, then changes their mind.
          if (j % 3 === 1) {
            const first = answerOf(quiz, i, j + 1);
            const r = await request(base, "POST", `/s/${s.sessionId}/answers`, {
              body: { participantId: p.participantId, question: i, answer: first, answerSeq: 1 },
              key: p.resumeKey,
            });
            expect(r.status).toBe(200);
          }
          const value = answerOf(quiz, i, j);
          const r = await request(base, "POST", `/s/${s.sessionId}/answers`, {
            body: { participantId: p.participantId, question: i, answer: value, answerSeq: 2 },
            key: p.resumeKey,
          });
          expect([r.status, r.body]).toEqual([200, { recorded: true }]);
          byOption[stored(value)] = (byOption[stored(value)] ?? 0) + 1;
          if ((i + j) % 3 !== 0) correct++;
        }),
      );
      expected.push({ answered: 30, correct, byOption });
      // The host's live counts reach what was sent (by option, for this question). Changed minds
      // pass through other counts first, so wait for the final one.
      const same = (a: unknown) => JSON.stringify(a) === JSON.stringify(sorted(byOption));
      await host.until(
        (f) =>
          f.some(
            (x) =>
              x.event === "counts" &&
              x.data.question === i &&
              x.data.answered === 30 &&
              same(sorted(x.data.byOption as Record<string, number>)),
          ),
        `host counts for question ${i}`,
      );
      await cmd({ type: "close" });
      await cmd({ type: "reveal" });
      await host.until((f) => f.some((x) => x.event === "reveal" && x.data.question === i), `reveal ${i}`);
      const reveal = host.frames.find((x) => x.event === "reveal" && x.data.question === i)!;
      const q = quiz.questions[i]!;
      expect(reveal.data).toMatchObject({
        id: q.id,
        kind: q.kind,
        correct: q.answer === "order" ? q.correct.split(",") : q.correct,
        distribution: expected[i],
      });
    }
    await cmd({ type: "summary" });

    const summary = await request<{
      joined: number;
      byLocale: unknown;
      questions: Record<string, unknown>[];
    }>(base, "GET", `/s/${s.sessionId}/summary`, { key: s.hostKey });
    expect(summary.status).toBe(200);
    expect(summary.body.joined).toBe(30);
    expect(summary.body.byLocale).toEqual({ en: 10, ru: 10, kk: 10 });
    expect(
      summary.body.questions.map((q) => ({ answered: q.answered, correct: q.correct, byOption: q.byOption })),
    ).toEqual(expected);
    expect(new Set(summary.body.questions.map((q) => q.kind)).size).toBe(6);
    const csv = await request<string>(base, "GET", `/s/${s.sessionId}/summary?format=csv`, {
      key: s.hostKey,
    });
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    // In the class's language (en here), comma-separated unless `?sep=;`, with a byte-order mark.
    // (fetch's text() drops the byte-order mark: the bytes show it.)
    expect(csv.body.split("\r\n")[0]).toBe("No.,Question,Letter,Answer option,Right answer,Answers,Percent");
    const bytes = new Uint8Array(
      await (
        await fetch(`${base}/api/live/s/${s.sessionId}/summary?format=csv`, {
          headers: { Authorization: `Bearer ${s.hostKey}` },
        })
      ).arrayBuffer(),
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.body).not.toMatch(new RegExp(students[0]!.participantId));

    // Read back in Russian and Kazakh with either separator: every option of every question, its
    // letter, right or not, the count and a whole percent, as the server counted them.
    for (const [locale, m] of [
      ["ru", ru.liveHost],
      ["kk", kk.liveHost],
    ] as const)
      for (const sep of [",", ";"]) {
        const file = await request<string>(
          base,
          "GET",
          `/s/${s.sessionId}/summary?${new URLSearchParams({ format: "csv", locale, sep })}`,
          { key: s.hostKey },
        );
        const [header, ...rows] = parseCsv(file.body, sep);
        expect(header).toEqual([
          m.csvNumber,
          m.csvQuestion,
          m.csvLetter,
          m.csvOption,
          m.csvRight,
          m.csvCount,
          m.csvPercent,
        ]);
        expect(rows.every((r) => r.length === 7)).toBe(true);
        quiz.questions.forEach((q, i) => {
          const mine = rows.filter((r) => r[0] === String(i + 1));
          const given = expected[i]!.byOption;
          if (q.answer === "choice") {
            // Every option, those nobody chose included, lettered in the projector's order.
            expect(mine.map((r) => r[2])).toEqual(q.options.map((_, k) => String.fromCharCode(65 + k)));
            q.options.forEach((id, k) => {
              expect(mine[k]![4]).toBe(id === q.correct ? m.csvYes : "");
              expect(Number(mine[k]![5])).toBe(given[id] ?? 0);
            });
          } else {
            const orders = new Set([...Object.keys(given), q.correct]);
            expect(mine).toHaveLength(orders.size);
            expect(mine[0]![4]).toBe(m.csvYes);
            expect(mine.reduce((sum, r) => sum + Number(r[5]), 0)).toBe(30);
          }
          for (const r of mine) expect(Number(r[6])).toBe(Math.round((Number(r[5]) / 30) * 100));
        });
      }

    // Each student's own state: their answers, right or wrong, and their score.
    for (const [j, p] of students.entries()) {
      const own = await request<{
        answers: { question: number; answer: unknown; correct: boolean }[];
        score: unknown;
        locale: string;
      }>(base, "GET", `/s/${s.sessionId}/participants/${p.participantId}`, { key: p.resumeKey });
      expect(own.status).toBe(200);
      expect(own.body.locale).toBe(p.locale);
      const rights = quiz.questions.map((_, i) => (i + j) % 3 !== 0);
      expect(own.body.answers).toEqual(
        quiz.questions.map((_, i) => ({ question: i, answer: answerOf(quiz, i, j), correct: rights[i] })),
      );
      expect(own.body.score).toEqual({ correct: rights.filter(Boolean).length, revealed: 6 });
    }

    await cmd({ type: "end" });
    // Students followed every state event in order, saw no one else's answer and no live distribution.
    // The host's own stream must have the end too before it is the yardstick (a full run on PostgreSQL
    // compared a student's 23 events, end included, with the host's 22).
    await host.until((f) => f.some((x) => x.event === "end"), "host end");
    const hostState = stateSeqs(host.frames);
    for (const p of students) {
      await p.stream.until((f) => f.some((x) => x.event === "end"), "end");
      const ids = p.stream.frames.filter((f) => f.id !== undefined).map((f) => f.id!);
      expect(ids, "ids only increase").toEqual([...ids].sort((a, b) => a - b));
      expect(new Set(ids).size).toBe(ids.length);
      const mine = stateSeqs(p.stream.frames);
      expect(hostState.slice(hostState.length - mine.length)).toEqual(mine);
      for (const f of p.stream.frames.filter((x) => x.event === "counts")) {
        expect(Object.keys(f.data).sort()).toEqual(["answered", "joined", "question"]);
      }
      expect(JSON.stringify(p.stream.frames)).not.toContain(p.participantId);
    }
    expect(stateSeqs(host.frames).filter((x) => x.endsWith(":reveal"))).toHaveLength(6);
  });
});

describe("letters only on the phones", () => {
  it("is set at creation, switched by the host mid-question, and reaches every stream; answers still count", async () => {
    const s = (
      await request<Created>(base, "POST", "/sessions", {
        body: { classCode: "616161", count: 5, locale: "kk", lettersOnly: true },
        address: "192.0.2.5",
      })
    ).body;
    const student = (
      await request<Joined>(base, "POST", "/join", {
        body: { joinCode: s.joinCode, locale: "ru" },
        address: "192.0.2.6",
      })
    ).body;
    const cmd = (body: Record<string, unknown>, key = s.hostKey) =>
      request(base, "POST", `/s/${s.sessionId}/commands`, { body, key });
    const phone = await stream(`/s/${s.sessionId}/events`);
    await phone.until((f) => f.length > 0, "snapshot");
    expect(phone.frames[0]).toMatchObject({ event: "snapshot", data: { lettersOnly: true } });

    await cmd({ type: "start" });
    await cmd({ type: "open", index: 0 });
    // Only the host may switch it.
    expect((await cmd({ type: "full-text" }, student.resumeKey)).status).toBe(403);
    expect((await cmd({ type: "full-text" })).status).toBe(200);
    await phone.until((f) => f.some((x) => x.event === "full-text"), "full-text");
    const q = classQuiz("616161", 5).questions[0]!;
    const answered = await request(base, "POST", `/s/${s.sessionId}/answers`, {
      body: {
        participantId: student.participantId,
        question: 0,
        answer: q.answer === "order" ? q.options : q.options[0],
        answerSeq: 1,
      },
      key: student.resumeKey,
    });
    expect(answered.status).toBe(200);
    expect((await cmd({ type: "letters-only" })).status).toBe(200);
    await phone.until((f) => f.some((x) => x.event === "letters-only"), "letters-only");
    // A phone that connects now learns it from its snapshot, with the question still open.
    const late = await stream(`/s/${s.sessionId}/events`);
    await late.until((f) => f.length > 0, "snapshot");
    expect(late.frames[0]).toMatchObject({
      event: "snapshot",
      data: {
        lettersOnly: true,
        phase: "question",
        question: 0,
        questions: ["open", "new", "new", "new", "new"],
      },
    });
    // Bad values for the creation flag are refused, not coerced.
    const bad = await request(base, "POST", "/sessions", {
      body: { classCode: "616162", count: 5, locale: "kk", lettersOnly: "yes" },
      address: "192.0.2.7",
    });
    expect(bad.status).toBe(400);
  });
});

describe("reconnecting", () => {
  it("?since= gives exactly the missed events in order; a new client gets a snapshot; polling sees the same", async () => {
    const quiz = classQuiz("555555", 5);
    const s = (
      await request<Created>(base, "POST", "/sessions", {
        body: { classCode: "555555", count: 5, locale: "ru" },
        address: "192.0.2.3",
      })
    ).body;
    const students: Joined[] = [];
    for (let j = 0; j < 3; j++)
      students.push(
        (
          await request<Joined>(base, "POST", "/join", {
            body: { joinCode: s.joinCode, locale: "kk" },
            address: "192.0.2.4",
          })
        ).body,
      );
    const cmd = (body: Record<string, unknown>) =>
      request(base, "POST", `/s/${s.sessionId}/commands`, { body, key: s.hostKey });
    const steady = await stream(`/s/${s.sessionId}/events`);
    const leaving = await stream(`/s/${s.sessionId}/events`);
    // Headers and the first chunk: retry and a comment at once.
    expect(leaving.headers!.get("content-type")).toMatch(/^text\/event-stream/);
    expect(leaving.headers!.get("x-accel-buffering")).toBe("no");
    expect(leaving.headers!.get("cache-control")).toMatch(/no-cache/);
    await leaving.until((f) => f.length > 0, "snapshot");
    expect(leaving.first.startsWith("retry: ")).toBe(true);
    expect(leaving.comments.length).toBeGreaterThan(0);
    expect(leaving.frames[0]).toMatchObject({
      event: "snapshot",
      id: 3,
      data: { phase: "lobby", counts: { joined: 3 } },
    });

    await cmd({ type: "start" });
    await leaving.until((f) => f.some((x) => x.event === "step"), "step");
    const since = leaving.lastId!;
    leaving.close();

    // Missed while away: steps, a question opened, answered, closed, revealed.
    await cmd({ type: "step", index: 2 });
    await cmd({ type: "open", index: 0 });
    const q = quiz.questions[0]!;
    for (const p of students)
      await request(base, "POST", `/s/${s.sessionId}/answers`, {
        body: {
          participantId: p.participantId,
          question: 0,
          answer: q.answer === "order" ? q.options : q.options[0],
          answerSeq: 1,
        },
        key: p.resumeKey,
      });
    await cmd({ type: "close" });
    await cmd({ type: "reveal" });
    await steady.until((f) => f.some((x) => x.event === "reveal"), "reveal on the steady client");
    const missed = stateSeqs(steady.frames.filter((f) => f.id! > since));
    expect(missed.map((x) => x.split(":")[1])).toEqual(["step", "open", "close", "reveal"]);

    const back = await stream(`/s/${s.sessionId}/events?since=${since}`);
    await back.until((f) => f.some((x) => x.event === "reveal"), "reveal after reconnecting");
    await back.until((f) => f.some((x) => x.event === "counts"), "counts after reconnecting");
    expect(back.frames.some((f) => f.event === "snapshot")).toBe(false);
    expect(stateSeqs(back.frames)).toEqual(missed);
    expect(back.frames.find((f) => f.event === "counts")!.data).toEqual({
      question: 0,
      answered: 3,
      joined: 3,
    });
    // The standard header does the same for a plain EventSource reconnecting by itself.
    const viaHeader = await fetch(`${base}/api/live/s/${s.sessionId}/events?poll=1`, {
      headers: { "last-event-id": String(since) },
    }).then((r) => r.json() as Promise<{ frames: Frame[] }>);
    expect(stateSeqs(viaHeader.frames)).toEqual(missed);

    // Polling from the same point: the same sequence.
    const poll = await request<{ frames: Frame[] }>(
      base,
      "GET",
      `/s/${s.sessionId}/events?poll=1&since=${since}`,
    );
    expect(poll.status).toBe(200);
    expect(stateSeqs(poll.body.frames)).toEqual(missed);
    const head = poll.body.frames.at(-1)!.id ?? Number(missed.at(-1)!.split(":")[0]);
    const nothingNew = await request<{ frames: Frame[] }>(
      base,
      "GET",
      `/s/${s.sessionId}/events?poll=1&since=${head}`,
    );
    expect(nothingNew.body.frames).toEqual([]);

    // A new client, garbage or a seq ahead of the log: a snapshot of the current state.
    for (const query of ["", "?since=garbage", "?since=999999", "?since=-4"]) {
      const fresh = await request<{ frames: Frame[] }>(
        base,
        "GET",
        `/s/${s.sessionId}/events${query ? `${query}&poll=1` : "?poll=1"}`,
      );
      expect(fresh.body.frames, query).toHaveLength(1);
      expect(fresh.body.frames[0]).toMatchObject({
        event: "snapshot",
        data: {
          phase: "question",
          question: 0,
          questions: ["revealed", "new", "new", "new", "new"],
          step: 2,
        },
      });
      const reveal = (fresh.body.frames[0]!.data as { reveal: { distribution: { answered: number } } })
        .reveal;
      expect(reveal.distribution.answered).toBe(3);
    }
    const newStream = await stream(`/s/${s.sessionId}/events?since=nonsense`);
    await newStream.until((f) => f.length > 0, "snapshot");
    expect(newStream.frames[0]!.event).toBe("snapshot");
  });

  it("sends a heartbeat comment within 15 s", async () => {
    const s = (
      await request<Created>(base, "POST", "/sessions", {
        body: { classCode: "777777", count: 5, locale: "kk" },
        address: "192.0.2.5",
      })
    ).body;
    const client = await stream(`/s/${s.sessionId}/events`);
    await client.until((f) => f.length > 0, "snapshot");
    const before = client.comments.length;
    const started = Date.now();
    while (client.comments.length === before && Date.now() - started < 15_000)
      await new Promise((r) => setTimeout(r, 250));
    expect(client.comments.length).toBeGreaterThan(before);
    expect(client.comments.at(-1)).toBe("heartbeat");
  }, 30_000);

  it("end and delete: everything of the class is gone and its streams are told", async () => {
    const s = (
      await request<Created>(base, "POST", "/sessions", {
        body: { classCode: "888888", count: 5, locale: "en" },
        address: "192.0.2.6",
      })
    ).body;
    const p = (await request<Joined>(base, "POST", "/join", { body: { joinCode: s.joinCode, locale: "en" } }))
      .body;
    const client = await stream(`/s/${s.sessionId}/events`);
    await client.until((f) => f.length > 0, "snapshot");
    const r = await request(base, "POST", `/s/${s.sessionId}/commands`, {
      body: { type: "delete" },
      key: s.hostKey,
    });
    expect([r.status, r.body]).toEqual([200, { deleted: true }]);
    await client.until((f) => f.some((x) => x.event === "deleted"), "deleted");
    for (const path of [
      `/s/${s.sessionId}/events?poll=1`,
      `/s/${s.sessionId}/participants/${p.participantId}`,
    ]) {
      expect((await request(base, "GET", path, { key: p.resumeKey })).status).toBe(404);
    }
    const join = await request(base, "POST", "/join", {
      body: { joinCode: s.joinCode, locale: "en" },
      address: "192.0.2.7",
    });
    expect(join.status).toBe(404);
  });
});

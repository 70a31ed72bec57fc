/** The assignment API's addresses (docs/live.md, "Assignments"), built in one place. */
const a = (sessionId: string) => `/api/live/a/${encodeURIComponent(sessionId)}`;

export const assignApi = {
  create: () => "/api/live/assignments",
  join: () => "/api/live/assignments/join",
  info: (sessionId: string) => a(sessionId),
  events: (sessionId: string) => `${a(sessionId)}/events`,
  hostEvents: (sessionId: string) => `${a(sessionId)}/host/events`,
  answers: (sessionId: string) => `${a(sessionId)}/answers`,
  me: (sessionId: string, participantId: string) =>
    `${a(sessionId)}/participants/${encodeURIComponent(participantId)}`,
  handIn: (sessionId: string) => `${a(sessionId)}/hand-in`,
  results: (sessionId: string, csv?: { what: "counts" | "receipts"; locale: string; sep: string }) =>
    `${a(sessionId)}/results${csv ? `?${new URLSearchParams({ format: "csv", ...csv })}` : ""}`,
  receipt: (sessionId: string, receipt: string) => `${a(sessionId)}/receipts/${encodeURIComponent(receipt)}`,
  commands: (sessionId: string) => `${a(sessionId)}/commands`,
};

/** What anyone with the session id may know (`GET /api/live/a/{id}`). */
export interface AssignmentInfo {
  sessionId: string;
  classCode: string;
  count: number;
  closesAt: string;
  timeZone: string;
  zoneOffset: number;
  feedback: "each" | "close";
  explainerFirst: boolean;
  closed: boolean;
  retentionDays: number;
}

/** The student's own state (`GET …/participants/{id}`, and the hand-in's answer). */
export interface MyAssignment extends AssignmentInfo {
  participantId: string;
  /** The language this student is counted in. */
  locale: string;
  answers: { question: number; answer: string | string[]; correct?: boolean }[];
  handedIn: boolean;
  receipt: string | null;
  handedInAt: string | null;
  score: number | null;
}

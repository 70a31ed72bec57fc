import type { LiveErrorLabels } from "@/components/live/host/host-labels";
import type { Locale } from "@/lib/locales";
import type { AssignmentInfo } from "./assign-api";

/** `GET /api/live/a/{id}/results` (host key): counts only, and receipts with scores. */
export interface AssignmentResults extends AssignmentInfo {
  joinCode: string;
  locale: string;
  started: number;
  handedIn: number;
  byLocale: Record<string, number> | null;
  questions: {
    question: number;
    id: string;
    kind: string;
    status: string;
    answered: number;
    correct: number;
    byOption: Record<string, number>;
  }[];
  receipts: { receipt: string; handedInAt: string; score: number }[];
}

/**
 * The results key: from the link's fragment (`#k=…`, never sent to a server), which is then removed
 * from the address bar at once; else null (the caller looks in storage).
 */
export function takeFragmentKey(): string | null {
  const m = /^#k=([A-Za-z0-9_-]{16,64})$/.exec(window.location.hash);
  if (!window.location.hash) return null;
  window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
  return m ? m[1]! : null;
}

/** What each part of the results page gets. */
export interface ResultsPanelProps {
  results: AssignmentResults;
  sessionId: string;
  hostKey: string;
  locale: Locale;
  errors: LiveErrorLabels;
}

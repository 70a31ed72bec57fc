/** The Offline messages that leave the server raw for the "Save for offline" button (filled with `fill`). */
import type { Messages } from "next-intl";

type OfflineKey = keyof Messages["Offline"];

export const saveForOfflineKeys = [
  "saveButton",
  "saving",
  "saved",
  "saveFailed",
  "saveUnavailable",
] as const satisfies readonly OfflineKey[];
export type SaveForOfflineLabels = Record<(typeof saveForOfflineKeys)[number], string>;

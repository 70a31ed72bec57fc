/** The "Set it as homework" strings on the teacher page (raw: filled by `fill`, no ICU). */
export const setAssignmentKeys = [
  "setTitle",
  "setHelp",
  "closesLabel",
  "closesDay",
  "closesTime",
  "closesZone",
  "closesRange",
  "feedbackLabel",
  "feedbackEach",
  "feedbackClose",
  "explainerFirst",
  "setIt",
  "setting",
  "setNeedsServer",
  "setDone",
  "joinCodeLabel",
  "linkLabel",
  "copyLink",
  "copyCode",
  "copied",
  "copyFallback",
  "qrLabel",
  "openResults",
  "resultsLinkHelp",
] as const;
export type SetAssignmentLabels = Record<(typeof setAssignmentKeys)[number], string> & {
  /** Formatted on the server (a plural): how long it is kept after closing. */
  retention: string;
};

import "server-only";

/** An answer with a stable `error` code (LIVE.md): the UI shows each as a sentence in the reader's language. */
export class LiveError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
    this.name = "LiveError";
  }
}

import { asUrgent, isUrgent } from "./priority";

/**
 * Reads that arrive together share one query. A caller joins a read only while it has not started:
 * the read is issued on the next turn of the event loop, after every call that joined it, so each
 * caller gets what a read of its own, made at its call, would have given (or something newer).
 *
 * Why: a restarted instance meets every phone of its classes at once. 1,200 streams of 30 classes
 * reconnecting each looked up their session twice, read the log after their last event and counted
 * the answers: about 4,800 statements queued on PGlite's one thread, and half the phones were not
 * back within 15 s. Joined per class, it is a few statements per class.
 */
export class Coalescer<T> {
  private readonly waiting = new Map<string, { promise: Promise<T>; urgent: boolean }>();

  run(key: string, read: () => Promise<T>): Promise<T> {
    const joined = this.waiting.get(key);
    if (joined) {
      // The read is as urgent as the most urgent caller that waits for it (priority.ts).
      joined.urgent ||= isUrgent();
      return joined.promise;
    }
    const entry = { urgent: isUrgent(), promise: undefined as unknown as Promise<T> };
    entry.promise = new Promise<T>((resolve, reject) => {
      setImmediate(() => {
        // From here on a new caller starts the next read: this one may already be under way.
        this.waiting.delete(key);
        (entry.urgent ? asUrgent(read) : read()).then(resolve, reject);
      });
    });
    this.waiting.set(key, entry);
    return entry.promise;
  }

  /** Reads not yet started (for tests). */
  get size(): number {
    return this.waiting.size;
  }
}

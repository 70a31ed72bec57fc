import "server-only";

/**
 * Tells this instance's readers that a session's log has grown. On one PGlite process the writer is
 * in this process, so a direct call does it. The PostgreSQL engine (part 3) implements the same
 * interface with one dedicated `LISTEN live` connection and `NOTIFY live, '<session>:<seq>'`, and
 * calls the reconnect listeners after re-subscribing (notifications sent meanwhile are lost, so
 * every reader re-reads from its last seq).
 */
export interface LiveNotifier {
  publish(sessionId: string, seq: number): Promise<void>;
  /**
   * The write's own statement has sent the notification (`pg_notify` in it, as an answer does): only
   * this instance's readers are told, at once. `type`: the event's type, when the writer knows it (a
   * reader then need not read an answer event it can only count).
   */
  announce(sessionId: string, seq: number, type?: string): void;
  onNotify(listener: NotifyListener): void;
  onReconnect(listener: () => void): void;
  close(): Promise<void>;
}

export type NotifyListener = (sessionId: string, seq: number, type?: string) => void;

export class LocalNotifier implements LiveNotifier {
  private listeners: NotifyListener[] = [];

  async publish(sessionId: string, seq: number): Promise<void> {
    this.announce(sessionId, seq);
  }
  announce(sessionId: string, seq: number, type?: string): void {
    for (const l of this.listeners) queueMicrotask(() => l(sessionId, seq, type));
  }
  onNotify(listener: NotifyListener): void {
    this.listeners.push(listener);
  }
  onReconnect(): void {
    // One process, no connection to lose.
  }
  async close(): Promise<void> {
    this.listeners = [];
  }
}

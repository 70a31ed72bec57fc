/** Runs once when the server starts (not on every request). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installMethodGuard } = await import("./server/methods");
    installMethodGuard();
    const { installPeerHeader } = await import("./server/live/peer");
    installPeerHeader();
  }
}

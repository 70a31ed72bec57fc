/** Runs once when the server starts (not on every request). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installPeerHeader } = await import("./server/live/peer");
    installPeerHeader();
  }
}

import type { LiveErrorCode } from "@/components/live/client-api";

/**
 * Fetches a CSV with the host key (keys never travel in URLs, so a plain link cannot do it) and
 * saves it as `fileName`; null when saved, else what went wrong.
 */
export async function downloadCsv(url: string, key: string, fileName: string): Promise<LiveErrorCode | null> {
  try {
    const response = await fetch(url, { headers: { Authorization: `Bearer ${key}` }, cache: "no-store" });
    if (!response.ok)
      return response.status === 403
        ? "forbidden"
        : response.status === 404
          ? "unknown-session"
          : "server-error";
    const href = URL.createObjectURL(await response.blob());
    const a = document.createElement("a");
    a.href = href;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
    return null;
  } catch {
    return "network";
  }
}

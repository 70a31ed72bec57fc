/**
 * Where the exported files' links point. A file goes to a learning platform and is opened on the
 * students' own devices, so a link to this computer (`localhost`, `127.0.0.1`) is a dead link
 * there: whoever makes such a file is told so, on the page and on the command line.
 */
import { isLoopbackHost } from "../live/join-origins";

export interface LinkOrigin {
  origin: string;
  /** Loopback: only the computer that made the file can open the links. */
  local: boolean;
}

const linkOrigin = (url: string): LinkOrigin => {
  const u = new URL(url);
  return { origin: u.origin, local: isLoopbackHost(u.hostname) };
};

/**
 * In the browser: SITE_URL if the build had one, else the page's own origin (a teacher on the
 * public site gets links to it). `null` until the page's origin is known (server rendering).
 */
export function browserLinkOrigin(configured: string | null, pageOrigin: string | null): LinkOrigin | null {
  if (configured) return linkOrigin(configured);
  return pageOrigin ? linkOrigin(pageOrigin) : null;
}

/** What the CLI uses when neither `--site` nor SITE_URL says (the default of lib/alternates.ts). */
export const DEFAULT_SITE = "http://localhost:3000";

/**
 * On the command line: `--site`, else SITE_URL, else localhost with a warning. The warning is
 * `null` when the links are public.
 */
export function cliLinkOrigin(
  site: string | undefined,
  env: string | undefined,
): LinkOrigin & { warning: string | null } {
  const given = site ?? env;
  const o = linkOrigin(given ?? DEFAULT_SITE);
  const warning = !given
    ? `no --site and no SITE_URL: the links in the file go to ${o.origin}, which students cannot open. Give --site https://your.public.address (or set SITE_URL).`
    : o.local
      ? `the links in the file go to ${o.origin}, which only this computer can open.`
      : null;
  return { ...o, warning };
}

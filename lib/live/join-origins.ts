/**
 * Which address the phones should open to join a class. The teacher usually opens the app at
 * `http://localhost:3000` on the projector's laptop; a phone that opens "localhost" reaches itself.
 * The server knows where it listens and which networks the computer is on: from that this picks the
 * addresses phones on the same Wi-Fi can reach, or says why there is none.
 */

/** One address of a network interface, as `os.networkInterfaces()` lists it. */
export interface InterfaceAddress {
  address: string;
  family: string | number;
  internal: boolean;
}
export type InterfaceList = Record<string, readonly InterfaceAddress[] | undefined>;

/** Where the server listens (`server.address()`), or null when it has not been seen yet. */
export interface ListenAddress {
  address: string;
  port: number;
}

export type JoinOrigins =
  /** LIVE_PUBLIC_URL (or a SITE_URL that is not loopback) was set: the operator said where phones go. */
  | { kind: "configured"; origins: [string] }
  /** Listening on every interface (or one that is not loopback): these private addresses, best first. */
  | { kind: "network"; origins: string[] }
  /** Listening on loopback only: no phone can reach this server, whatever address it is given. */
  | { kind: "loopback-only"; origins: [] }
  /** Listening everywhere, but the computer is on no private network (no Wi-Fi, no cable). */
  | { kind: "no-network"; origins: [] }
  /** The server has not told us where it listens (a request will, on the next call). */
  | { kind: "unknown"; origins: [] };

const LOOPBACK_NAMES = new Set(["localhost", "ip6-localhost", "ip6-loopback"]);

/** `127.0.0.0/8`, `::1`, `::ffff:127.x` and the names that mean this computer. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "");
  if (LOOPBACK_NAMES.has(h) || h.endsWith(".localhost")) return true;
  if (h === "::1" || h === "0:0:0:0:0:0:0:1") return true;
  const v4 = h.replace(/^::ffff:/, "");
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** `0.0.0.0`, `::` (Node's default: every interface, IPv4 included). */
function isWildcard(host: string): boolean {
  const h = host.toLowerCase();
  return h === "0.0.0.0" || h === "::" || h === "::ffff:0.0.0.0" || h === "";
}

function ipv4Parts(address: string): number[] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(address);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  return parts.every((p) => p <= 255) ? parts : null;
}

/** RFC 1918 only: 10/8, 172.16/12, 192.168/16 (not link-local 169.254, not carrier-grade 100.64). */
export function isPrivateIPv4(address: string): boolean {
  const p = ipv4Parts(address);
  if (!p) return false;
  const [a, b] = p as [number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/**
 * Adapters that are not the classroom's network: containers, virtual machines, WSL, VPN tunnels.
 * A phone on the Wi-Fi cannot reach their addresses.
 */
const VIRTUAL_ADAPTER =
  /^(docker|veth|br-|virbr|vmnet|vboxnet|vnic|vethernet|wsl|lxc|lxd|cni|flannel|kube|podman|tun|tap|utun|tailscale|zt|wg|ham|ppp|awdl|llw|bridge100)/i;
/** Names that usually mean Wi-Fi: offered first, since phones are on the Wi-Fi. */
const WIRELESS = /^(wl|wlan|wi-?fi|wireless|беспроводн|сымсыз)|^en0$/i;

/**
 * Global unicast IPv4 that is not private: a network that gives its computers public addresses (some
 * universities do). Not 0/8, loopback, link-local 169.254, carrier-grade 100.64/10 (VPN overlays such
 * as Tailscale), multicast or reserved.
 */
function isOtherRoutableIPv4(address: string): boolean {
  const p = ipv4Parts(address);
  if (!p || isPrivateIPv4(address)) return false;
  const [a, b] = p as [number, number];
  return a !== 0 && a !== 127 && !(a === 169 && b === 254) && !(a === 100 && b >= 64 && b <= 127) && a < 224;
}

/**
 * The computer's IPv4 addresses that a phone on the same network could reach, Wi-Fi first: the
 * private ones (RFC 1918), or, on a network without them, its other routable ones.
 */
export function reachableAddresses(interfaces: InterfaceList): string[] {
  const found: { address: string; wireless: boolean; private: boolean; order: number }[] = [];
  let order = 0;
  for (const [name, list] of Object.entries(interfaces)) {
    if (VIRTUAL_ADAPTER.test(name)) continue;
    for (const entry of list ?? []) {
      const family = String(entry.family);
      if (entry.internal || (family !== "IPv4" && family !== "4")) continue;
      const isPrivate = isPrivateIPv4(entry.address);
      if (!isPrivate && !isOtherRoutableIPv4(entry.address)) continue;
      found.push({
        address: entry.address,
        wireless: WIRELESS.test(name),
        private: isPrivate,
        order: order++,
      });
    }
  }
  const anyPrivate = found.some((f) => f.private);
  const offered = found.filter((f) => f.private === anyPrivate);
  offered.sort((x, y) => Number(y.wireless) - Number(x.wireless) || x.order - y.order);
  return [...new Set(offered.map((f) => f.address))];
}

/** `http://192.168.1.5:3000` — the port as the server listens, the default one left out. */
function originFor(address: string, port: number): string {
  return `http://${address}${port === 80 ? "" : `:${port}`}`;
}

/** An absolute http(s) origin from a configured address, or null when it is not one. */
export function configuredOrigin(raw: string | undefined): string | null {
  if (!raw?.trim()) return null;
  try {
    const url = new URL(raw.trim());
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url.origin;
  } catch {
    return null;
  }
}

/**
 * Where phones should go. Only an explicitly set address overrides what the server detects:
 * LIVE_PUBLIC_URL, or SITE_URL when it is set and not loopback (it defaults to localhost for the
 * build's `hreflang` links, which must never send a phone to itself).
 */
export function chooseJoinOrigins(input: {
  listen: ListenAddress | null;
  interfaces: InterfaceList;
  publicUrl?: string | undefined;
  siteUrl?: string | undefined;
}): JoinOrigins {
  const configured = configuredOrigin(input.publicUrl);
  if (configured) return { kind: "configured", origins: [configured] };
  const site = configuredOrigin(input.siteUrl);
  if (site && !isLoopbackHost(new URL(site).hostname)) return { kind: "configured", origins: [site] };

  if (!input.listen) return { kind: "unknown", origins: [] };
  const { address, port } = input.listen;
  if (isLoopbackHost(address)) return { kind: "loopback-only", origins: [] };
  if (!isWildcard(address)) {
    // Bound to one address (`next start -H 192.168.1.5`): that one, if it is IPv4 a phone can type.
    const v4 = address.replace(/^::ffff:/, "");
    return ipv4Parts(v4)
      ? { kind: "network", origins: [originFor(v4, port)] }
      : { kind: "unknown", origins: [] };
  }
  const addresses = reachableAddresses(input.interfaces);
  if (addresses.length === 0) return { kind: "no-network", origins: [] };
  return { kind: "network", origins: addresses.map((a) => originFor(a, port)) };
}

/** What the lobby tells the teacher beside the link. */
export type JoinNotice = "same-wifi" | "loopback-only" | "no-network" | "local-only" | null;

/** The answer of `GET /api/live/join-origins`; `page` means "use the address you came by". */
export type JoinOriginsAnswer = JoinOrigins | { kind: "page"; origins: [] };

/**
 * The addresses the lobby offers (the first is the link and the QR code) and what it says about them.
 * A page opened at a network address already has one phones can reach; on `localhost` it takes the
 * server's answer, and keeps its own origin (which still works on this computer) only with a warning.
 */
export function lobbyJoinOrigins(
  pageOrigin: string,
  answer: JoinOriginsAnswer | null,
): { origins: string[]; notice: JoinNotice } {
  if (answer?.kind === "configured") return { origins: answer.origins, notice: null };
  const pageIsLocal = isLoopbackHost(new URL(pageOrigin).hostname);
  if (!pageIsLocal) return { origins: [pageOrigin], notice: null };
  switch (answer?.kind) {
    case "network":
      return { origins: answer.origins, notice: "same-wifi" };
    case "loopback-only":
      return { origins: [pageOrigin], notice: "loopback-only" };
    case "no-network":
      return { origins: [pageOrigin], notice: "no-network" };
    default:
      return { origins: [pageOrigin], notice: "local-only" };
  }
}

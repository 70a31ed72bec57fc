export interface Proxy {
  /** Open event streams through the proxy (optionally only those whose path matches). */
  streamCount(match?: RegExp): number;
  /** Cuts `fraction` of the open event streams whose path matches, at random; returns how many. */
  dropStreams(fraction: number, match?: RegExp): number;
  close(): Promise<void>;
}

/** A reverse proxy on `port` in front of one or more local upstreams, with failover between them. */
export function startProxy(port: number, upstreams: number | number[]): Promise<Proxy>;

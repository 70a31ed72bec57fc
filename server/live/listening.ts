import "server-only";
import os from "node:os";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import {
  chooseJoinOrigins,
  type InterfaceList,
  type JoinOrigins,
  type ListenAddress,
} from "@/lib/live/join-origins";

/**
 * Where this server listens, as seen on its first request (`next start` opens the socket before the
 * app's instrumentation runs, so its `listening` event has passed by then). Kept on globalThis: Next
 * bundles each route apart.
 */
const KEY = Symbol.for("mobilization-explainer.live-listening");
const store = globalThis as Record<symbol, ListenAddress | undefined>;

/** Called for each request by the hook in `peer.ts`; records the server's address once. */
export function noteListening(server: Server | undefined): void {
  if (store[KEY] || !server) return;
  const address = server.address() as AddressInfo | string | null;
  if (address && typeof address === "object") store[KEY] = { address: address.address, port: address.port };
}

/**
 * Test-only: `LIVE_TEST_NETWORK='{"listen":{"address":"::","port":3000},"interfaces":{…}}'` stands in
 * for the real socket and adapters, so that an end-to-end test on 127.0.0.1 can check the address a
 * classroom would get without opening anything but loopback.
 */
function testNetwork(): { listen?: ListenAddress; interfaces?: InterfaceList } | null {
  const raw = process.env.LIVE_TEST_NETWORK;
  if (!raw) return null;
  try {
    return JSON.parse(raw) as { listen?: ListenAddress; interfaces?: InterfaceList };
  } catch {
    console.warn("Live classes: ignoring LIVE_TEST_NETWORK (not JSON).");
    return null;
  }
}

/** The addresses phones should open to join, from the socket, the adapters and the configuration. */
export function joinOrigins(): JoinOrigins {
  const injected = testNetwork();
  return chooseJoinOrigins({
    listen: injected?.listen ?? store[KEY] ?? null,
    interfaces: injected?.interfaces ?? os.networkInterfaces(),
    publicUrl: process.env.LIVE_PUBLIC_URL,
    siteUrl: process.env.SITE_URL,
  });
}

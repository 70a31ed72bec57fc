import { describe, expect, it } from "vitest";
import {
  chooseJoinOrigins,
  configuredOrigin,
  isLoopbackHost,
  isPrivateIPv4,
  lobbyJoinOrigins,
  reachableAddresses,
  type InterfaceList,
} from "./join-origins";

const v4 = (address: string, internal = false) => ({ address, family: "IPv4", internal });
const v6 = (address: string) => ({ address, family: "IPv6", internal: false });

/** A teacher's laptop: loopback, Wi-Fi, Docker, WSL's adapter, a link-local leftover, a VPN. */
const laptop: InterfaceList = {
  lo: [v4("127.0.0.1", true), { address: "::1", family: "IPv6", internal: true }],
  docker0: [v4("172.17.0.1")],
  "vEthernet (WSL)": [v4("172.29.160.1")],
  eth0: [v4("10.20.30.40"), v6("fe80::1")],
  wlp2s0: [v4("192.168.1.23"), v6("fe80::2")],
  veth12ab: [v4("172.18.0.5")],
  eth1: [v4("169.254.10.1")],
  tailscale0: [v4("100.101.102.103")],
};

describe("reachableAddresses", () => {
  it("keeps private IPv4 addresses of real adapters, Wi-Fi first", () => {
    expect(reachableAddresses(laptop)).toEqual(["192.168.1.23", "10.20.30.40"]);
  });

  it("skips loopback, IPv6, link-local, carrier-grade NAT and virtual adapters", () => {
    expect(
      reachableAddresses({
        lo: [v4("127.0.0.1", true)],
        docker0: [v4("172.17.0.1")],
        wsl: [v4("172.20.0.1")],
        en1: [v4("169.254.3.4"), v6("fd00::5"), v4("100.64.0.2"), v4("224.0.0.251")],
      }),
    ).toEqual([]);
  });

  it("offers a routable public address only on a network without private ones", () => {
    expect(reachableAddresses({ eth0: [v4("198.51.100.7")], wlan0: [v4("192.168.0.4")] })).toEqual([
      "192.168.0.4",
    ]);
    expect(reachableAddresses({ eth0: [v4("198.51.100.7")], tun0: [v4("10.8.0.2")] })).toEqual([
      "198.51.100.7",
    ]);
  });

  it("accepts the numeric family of older Node versions and lists an address once", () => {
    expect(
      reachableAddresses({
        en0: [{ address: "192.168.0.7", family: 4, internal: false }],
        en5: [v4("192.168.0.7")],
      }),
    ).toEqual(["192.168.0.7"]);
  });

  it("offers Windows' Wi-Fi adapter before its Ethernet", () => {
    expect(reachableAddresses({ Ethernet: [v4("10.0.0.8")], "Wi-Fi": [v4("172.16.4.9")] })).toEqual([
      "172.16.4.9",
      "10.0.0.8",
    ]);
  });
});

describe("chooseJoinOrigins", () => {
  const all = { address: "::", port: 3000 };

  it("offers the computer's private addresses when the server listens on every interface", () => {
    expect(chooseJoinOrigins({ listen: all, interfaces: laptop })).toEqual({
      kind: "network",
      origins: ["http://192.168.1.23:3000", "http://10.20.30.40:3000"],
    });
    expect(
      chooseJoinOrigins({ listen: { address: "0.0.0.0", port: 80 }, interfaces: laptop }).origins[0],
    ).toBe("http://192.168.1.23");
  });

  it("says no phone can reach a server that listens on loopback only", () => {
    for (const address of ["127.0.0.1", "::1", "::ffff:127.0.0.1", "localhost"])
      expect(chooseJoinOrigins({ listen: { address, port: 3000 }, interfaces: laptop }).kind).toBe(
        "loopback-only",
      );
  });

  it("says when the computer is on no network a phone could share", () => {
    expect(chooseJoinOrigins({ listen: all, interfaces: { lo: [v4("127.0.0.1", true)] } }).kind).toBe(
      "no-network",
    );
  });

  it("uses the one address the server is bound to", () => {
    expect(chooseJoinOrigins({ listen: { address: "192.168.5.5", port: 3000 }, interfaces: laptop })).toEqual(
      {
        kind: "network",
        origins: ["http://192.168.5.5:3000"],
      },
    );
  });

  it("waits for the listening address before guessing", () => {
    expect(chooseJoinOrigins({ listen: null, interfaces: laptop }).kind).toBe("unknown");
  });

  it("lets only an explicitly set address override the detected one", () => {
    expect(
      chooseJoinOrigins({ listen: all, interfaces: laptop, publicUrl: "https://class.school.kz/some/path" }),
    ).toEqual({ kind: "configured", origins: ["https://class.school.kz"] });
    expect(
      chooseJoinOrigins({ listen: all, interfaces: laptop, siteUrl: "https://quiz.example.org" }).origins,
    ).toEqual(["https://quiz.example.org"]);
    // SITE_URL defaults to localhost for hreflang links: never a reason to send phones there.
    expect(
      chooseJoinOrigins({ listen: all, interfaces: laptop, siteUrl: "http://localhost:3000" }).kind,
    ).toBe("network");
    expect(chooseJoinOrigins({ listen: all, interfaces: laptop, publicUrl: "not a url" }).kind).toBe(
      "network",
    );
    expect(chooseJoinOrigins({ listen: all, interfaces: laptop, publicUrl: "ftp://x.org" }).kind).toBe(
      "network",
    );
  });
});

describe("helpers", () => {
  it("recognises loopback hosts", () => {
    for (const h of ["localhost", "LOCALHOST", "127.0.0.1", "127.1.2.3", "[::1]", "::1", "app.localhost"])
      expect(isLoopbackHost(h)).toBe(true);
    for (const h of ["192.168.1.2", "example.org", "::", "0.0.0.0", "10.0.0.1"])
      expect(isLoopbackHost(h)).toBe(false);
  });

  it("recognises RFC 1918 addresses only", () => {
    expect(["10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.0.1"].every(isPrivateIPv4)).toBe(true);
    expect(
      ["172.15.0.1", "172.32.0.1", "169.254.1.1", "100.64.0.1", "8.8.8.8", "256.1.1.1"].some(isPrivateIPv4),
    ).toBe(false);
  });

  it("reads a configured origin or nothing", () => {
    expect(configuredOrigin(" https://a.b/c?d ")).toBe("https://a.b");
    expect(configuredOrigin("")).toBeNull();
    expect(configuredOrigin(undefined)).toBeNull();
    expect(configuredOrigin("javascript:alert(1)")).toBeNull();
  });
});

describe("lobbyJoinOrigins", () => {
  const local = "http://localhost:3000";
  const network = { kind: "network" as const, origins: ["http://192.168.1.23:3000", "http://10.0.0.2:3000"] };

  it("gives a teacher on localhost the computer's network addresses, with the Wi-Fi note", () => {
    expect(lobbyJoinOrigins(local, network)).toEqual({ origins: network.origins, notice: "same-wifi" });
  });

  it("keeps the page's own address, with a warning, when phones cannot reach this server", () => {
    expect(lobbyJoinOrigins(local, { kind: "loopback-only", origins: [] })).toEqual({
      origins: [local],
      notice: "loopback-only",
    });
    expect(lobbyJoinOrigins("http://127.0.0.1:3107", { kind: "no-network", origins: [] }).notice).toBe(
      "no-network",
    );
    expect(lobbyJoinOrigins(local, null)).toEqual({ origins: [local], notice: "local-only" });
  });

  it("trusts an address the page was opened at, unless one is configured", () => {
    expect(lobbyJoinOrigins("https://class.school.kz", { kind: "page", origins: [] })).toEqual({
      origins: ["https://class.school.kz"],
      notice: null,
    });
    expect(lobbyJoinOrigins("http://192.168.1.23:3000", network).origins).toEqual([
      "http://192.168.1.23:3000",
    ]);
    expect(lobbyJoinOrigins(local, { kind: "configured", origins: ["https://x.org"] })).toEqual({
      origins: ["https://x.org"],
      notice: null,
    });
  });
});

import { BlockList, isIP } from "node:net";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/**
 * Which proxies stand in front of the server. `false`: none, the socket's peer is the client.
 * A number: that many proxies, each appending the address it received from to X-Forwarded-For.
 * A list: the proxies' own addresses (or CIDR ranges), whatever their number.
 * `true` is accepted from code as one proxy; the environment refuses it (see env.ts).
 */
export type TrustProxy = boolean | number | ProxyList;

export class ProxyList {
  private readonly blocks = new BlockList();
  constructor(readonly entries: readonly string[]) {
    for (const entry of entries) {
      const [address = "", prefix] = entry.split("/");
      const family = isIP(address) === 6 ? "ipv6" : "ipv4";
      if (prefix === undefined) this.blocks.addAddress(address, family);
      else this.blocks.addSubnet(address, Number(prefix), family);
    }
  }

  has(address: string): boolean {
    const family = isIP(address);
    if (family === 0) return false;
    return this.blocks.check(address, family === 6 ? "ipv6" : "ipv4");
  }

  /** A proxy list entry: an IPv4 or IPv6 address, optionally with a CIDR prefix length. */
  static isValidEntry(entry: string): boolean {
    const [address = "", prefix, extra] = entry.split("/");
    const family = isIP(address);
    if (family === 0 || extra !== undefined) return false;
    if (prefix === undefined) return true;
    const bits = Number(prefix);
    return /^\d+$/.test(prefix) && bits <= (family === 6 ? 128 : 32);
  }
}

/** `::ffff:203.0.113.7` is how a dual-stack socket reports an IPv4 peer: compare it as IPv4. */
function canonical(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

function socketPeer(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    // No socket: the request came through `app.request()` (tests) rather than the Node server.
    return "unknown";
  }
}

/**
 * The caller's address: the right-most hop that is not a trusted proxy. X-Forwarded-For is read
 * from the right, because each proxy appends what it saw and only the left part is written by
 * the client (who can put anything there). The hops are the header's entries followed by the
 * socket's peer, which is the first proxy counted.
 */
export function clientIp(c: Context, trustProxy: TrustProxy): string {
  const peer = canonical(socketPeer(c));
  if (trustProxy === false || trustProxy === 0) return peer;
  const forwarded = (c.req.header("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => canonical(hop.trim()))
    .filter((hop) => hop !== "");
  const hops = [...forwarded, peer];
  if (trustProxy instanceof ProxyList) {
    for (let index = hops.length - 1; index > 0; index--) {
      const hop = hops[index] ?? "";
      if (!trustProxy.has(hop)) return hop;
    }
    return hops[0] ?? peer;
  }
  const trusted = trustProxy === true ? 1 : trustProxy;
  return hops[Math.max(0, hops.length - 1 - trusted)] ?? peer;
}

import ipaddr from "ipaddr.js";

/**
 * Whether an address may be fetched from without SUMMIT_FETCH_ALLOW_PRIVATE: only global
 * unicast. ipaddr.js names every special range (private, loopback, link-local, unique local,
 * carrier-grade NAT, reserved, multicast, IPv4-mapped IPv6 …); anything but "unicast" is refused,
 * so a range we did not think of is refused too.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  // ::ffff:127.0.0.1 reaches 127.0.0.1: judge the IPv4 address inside.
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === "unicast";
}

/** The host of a URL as an address when it is one (`[::1]` → `::1`), else undefined. */
export function literalAddress(hostname: string): string | undefined {
  const bare = hostname.replace(/^\[|\]$/g, "");
  return ipaddr.isValid(bare) ? bare : undefined;
}

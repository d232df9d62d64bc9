import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Destinations a webhook must never reach: loopback, private, link-local
 * (which holds the cloud metadata services, 169.254.169.254 and fd00:ec2::254),
 * carrier-grade NAT, multicast, reserved and unspecified ranges, IPv4 and IPv6.
 */
const FORBIDDEN = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  FORBIDDEN.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
  ['2001:db8::', 32],
] as const) {
  FORBIDDEN.addSubnet(net, prefix, 'ipv6');
}

/** Why `address` may not be connected to, or null when it may. IPv4-mapped IPv6 is judged as the IPv4 it carries. */
export function forbiddenAddress(address: string): string | null {
  const ip = ipv4Mapped(address) ?? address;
  const family = isIP(ip);
  if (family === 0) return `${address} is not an IP address`;
  return FORBIDDEN.check(ip, family === 4 ? 'ipv4' : 'ipv6') ? `${address} is a loopback, private, link-local or reserved address` : null;
}

/** The IPv4 address an IPv4-mapped IPv6 address carries (`::ffff:127.0.0.1`, `::ffff:7f00:1`), or null. */
function ipv4Mapped(address: string): string | null {
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (dotted) return dotted[1];
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return null;
  const [hi, lo] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

export class ForbiddenDestinationError extends Error {
  readonly code = 'EFORBIDDENDESTINATION';
}

/**
 * A `lookup` for the HTTP agent: the addresses the socket will actually
 * connect to are checked after resolution, so a name that resolves (or
 * re-resolves, DNS rebinding) to an internal address is refused.
 */
export const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...(options as LookupOptions), all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    const list = addresses as unknown as LookupAddress[];
    for (const a of list) {
      const why = forbiddenAddress(a.address);
      if (why) return callback(new ForbiddenDestinationError(`Refused destination ${hostname}: ${why}`), '', 0);
    }
    if ((options as LookupOptions).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
    callback(null, list[0].address, list[0].family);
  });
};

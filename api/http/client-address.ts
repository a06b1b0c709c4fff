import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** `::ffff:192.0.2.1` and `192.0.2.1` are one client; throttles must count them as one. */
function normalise(address: string): string {
  const mapped = address.toLowerCase().startsWith('::ffff:') ? address.slice(7) : null;
  return mapped && isIP(mapped) === 4 ? mapped : address;
}

/**
 * The address a request came from, for throttling. By default the socket's peer: a header is
 * whatever the client wrote. Behind a trusted reverse proxy (`TAMAYUZ_TRUST_PROXY=1`) the peer is
 * the proxy, so the last X-Forwarded-For hop is used: the one the proxy appended itself. Earlier
 * hops came from the client and are ignored; a last hop that is not an address falls back to the peer.
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const peer = normalise(req.socket.remoteAddress ?? 'unknown');
  if (!trustProxy) return peer;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',');
  const last = hops[hops.length - 1]!.trim();
  return isIP(last) ? normalise(last) : peer;
}

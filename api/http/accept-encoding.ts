/** The encodings the server keeps precompressed copies in, best first, with the suffix of each copy. */
export const precompressed = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

export type Encoding = (typeof precompressed)[number]['encoding'];

/**
 * The quality the client gives each content coding in an `Accept-Encoding` header (RFC 9110 §12.5.3):
 * `br;q=0.5, gzip, *;q=0`. A coding it does not name takes `*`'s weight, else 0; `q=0` means "not this".
 */
function qualities(header: string): (encoding: string) => number {
  const named = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!name) continue;
    const q = params.find((p) => p.startsWith('q='));
    const value = q === undefined ? 1 : Number(q.slice(2));
    named.set(name, Number.isFinite(value) && value >= 0 && value <= 1 ? value : 0);
  }
  return (encoding) => named.get(encoding) ?? named.get('*') ?? 0;
}

/**
 * The precompressed encodings this request accepts, the client's preference first and ours (brotli,
 * then gzip) among equals. Empty: send the file as it is.
 */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  if (!header) return [];
  const q = qualities(header);
  return precompressed
    .map((p, rank) => ({ encoding: p.encoding, q: q(p.encoding), rank }))
    .filter((e) => e.q > 0)
    .sort((a, b) => b.q - a.q || a.rank - b.rank)
    .map((e) => e.encoding);
}

import { createReadStream, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { acceptedEncodings, precompressed } from './accept-encoding.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/** What the static handler did: served a file, found nothing, or met a path it cannot decode. */
export type StaticOutcome = 'served' | 'not-found' | 'bad-path';

/** `file` lies strictly inside `root` (a sibling like /x/web-secret does not lie inside /x/web). */
export function isInside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

function decodedPath(url: string): string | null {
  try {
    const path = decodeURIComponent(new URL(url, 'http://x').pathname);
    return path.includes('\0') ? null : path;
  } catch {
    return null; // a malformed %-sequence: URIError
  }
}

/** The regular file inside `root` for `path`, following symlinks only while they stay inside. */
function fileInside(root: string, path: string): { file: string; stats: Stats } | null {
  const candidate = resolve(join(root, path));
  if (!isInside(root, candidate)) return null;
  try {
    const real = realpathSync(candidate);
    if (!isInside(root, real)) return null;
    const stats = statSync(real);
    return stats.isFile() ? { file: real, stats } : null;
  } catch {
    return null;
  }
}

/**
 * What to send for `found`: its brotli or gzip copy from the build (web/build/precompress.ts) when the
 * client accepts that encoding and the copy is inside the root and not older than the file, else the file.
 */
function variantFor(root: string, found: { file: string; stats: Stats }, acceptEncoding: string | undefined) {
  const rel = relative(root, found.file);
  for (const encoding of acceptedEncodings(acceptEncoding)) {
    const suffix = precompressed.find((p) => p.encoding === encoding)!.suffix;
    const copy = fileInside(root, rel + suffix);
    if (copy && copy.stats.mtimeMs >= found.stats.mtimeMs) return { ...copy, encoding };
  }
  return { ...found, encoding: null };
}

/**
 * Serves the built web app; unknown paths get index.html so client-side routes work on reload.
 * Hashed assets (under assets/) are cached for a year; index.html is revalidated on every load.
 */
export function staticFiles(dir: string) {
  const root = realpathSync(resolve(dir));
  return (req: IncomingMessage, res: ServerResponse): StaticOutcome => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return 'not-found';
    const path = decodedPath(req.url ?? '/');
    if (path === null) return 'bad-path';
    const target = resolve(join(root, path));
    // A path that climbs out of the web folder is not a client-side route: no index.html for it.
    if (target !== root && !isInside(root, target)) return 'not-found';
    const found = fileInside(root, path) ?? fileInside(root, 'index.html');
    if (!found) return 'not-found';
    const immutable = found.file.startsWith(join(root, 'assets') + sep);
    const sent = variantFor(root, found, req.headers['accept-encoding']);
    res.writeHead(200, {
      'Content-Type': types[extname(found.file)] ?? 'application/octet-stream',
      'Content-Length': sent.stats.size,
      ...(sent.encoding ? { 'Content-Encoding': sent.encoding } : {}),
      // Caches keep one copy per encoding the client accepts.
      Vary: 'Accept-Encoding',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    // A read error (file removed mid-send) ends this response only, never the process.
    else pipeline(createReadStream(sent.file), res, () => undefined);
    return 'served';
  };
}

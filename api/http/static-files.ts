import { createReadStream, realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import type { IncomingMessage, ServerResponse } from 'node:http';

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
function fileInside(root: string, path: string): string | null {
  const candidate = resolve(join(root, path));
  if (!isInside(root, candidate)) return null;
  try {
    const real = realpathSync(candidate);
    return isInside(root, real) && statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}

/** Serves the built web app; unknown paths get index.html so client-side routes work on reload. */
export function staticFiles(dir: string) {
  const root = realpathSync(resolve(dir));
  return (req: IncomingMessage, res: ServerResponse): StaticOutcome => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return 'not-found';
    const path = decodedPath(req.url ?? '/');
    if (path === null) return 'bad-path';
    const target = resolve(join(root, path));
    // A path that climbs out of the web folder is not a client-side route: no index.html for it.
    if (target !== root && !isInside(root, target)) return 'not-found';
    const file = fileInside(root, path) ?? fileInside(root, 'index.html');
    if (!file) return 'not-found';
    const immutable = file.startsWith(join(root, 'assets') + sep);
    res.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    // A read error (file removed mid-send) ends this response only, never the process.
    else pipeline(createReadStream(file), res, () => undefined);
    return 'served';
  };
}

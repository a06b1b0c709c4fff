import type { IncomingMessage, ServerResponse } from 'node:http';
import { TRPCError } from '@trpc/server';
import type { AppDeps } from '../app-deps.ts';
import { sessionOf } from '../trpc/context.ts';
import { readableEvidenceFile } from '../excellence/evidence-library.ts';
import { sendJsonError } from './json-error.ts';
import type { RequestInfo } from './request-info.ts';

export const evidenceFileBasePath = '/files/evidence/';

/** Types a browser may show in place: they run no script of ours; everything else is only downloaded. */
const previewable = new Set(['application/pdf', 'image/png', 'image/jpeg', 'text/plain']);

/** `attachment` or `inline` with the name in plain ASCII and exactly (RFC 6266 / 5987), so Arabic names survive. */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * GET /files/evidence/<file id>[?download=1]: one evidence file for someone who may see it
 * (see `readableEvidenceFile`). PDFs, images and plain text open in the browser unless a
 * download is asked for; the stored type was checked on upload, `nosniff` keeps the browser
 * to it, and the file's own policy lets it run nothing.
 */
export function evidenceFileRoute(services: AppDeps) {
  return async (req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void> => {
    info.route = 'evidence-file';
    res.setHeader('Cache-Control', 'private, no-store');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendJsonError(res, 405, 'errors.badRequest');
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const fileId = decodeURIComponent(url.pathname.slice(evidenceFileBasePath.length));
    if (!/^[\w-]{1,100}$/.test(fileId)) return sendJsonError(res, 404, 'errors.notFound');
    const { user } = await sessionOf(services, req);
    if (!user) return sendJsonError(res, 404, 'errors.notFound');
    let file: Awaited<ReturnType<typeof readableEvidenceFile>>;
    try {
      file = await readableEvidenceFile(services.db, user, fileId);
    } catch (err) {
      if (err instanceof TRPCError && err.code === 'NOT_FOUND') return sendJsonError(res, 404, 'errors.notFound');
      throw err;
    }
    const inline = previewable.has(file.mime_type) && url.searchParams.get('download') !== '1';
    const bytes = Buffer.from(file.content);
    res.statusCode = 200;
    res.setHeader('Content-Type', file.mime_type === 'text/plain' ? 'text/plain; charset=utf-8' : file.mime_type);
    res.setHeader('Content-Length', bytes.length);
    res.setHeader('Content-Disposition', contentDisposition(inline ? 'inline' : 'attachment', file.file_name));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // The file is its own document: no script, no outside requests; only the browser's own viewer shows it.
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'",
    );
    res.setHeader('X-Frame-Options', 'SAMEORIGIN');
    res.end(req.method === 'HEAD' ? undefined : bytes);
  };
}

import type { IncomingMessage } from 'node:http';

const KiB = 1024;
const MiB = 1024 * KiB;

/** Request-body caps for /trpc, in bytes. */
export interface BodyLimits {
  /** Any call without a valid session: sign-in, invite-code join, and every refusal. */
  anonymous: number;
  /** A signed-in call to a procedure without its own cap. */
  signedIn: number;
  /** Procedures that take files or whole documents; granted only to a signed-in caller. */
  routes: Record<string, number>;
}

export const defaultBodyLimits: BodyLimits = {
  anonymous: 16 * KiB,
  signedIn: 1 * MiB,
  routes: {
    'auth.login': 16 * KiB,
    'cx.importCsv': 64 * MiB,
    'cx.importRows': 64 * MiB,
    'actions.uploadProgress': 8 * MiB,
    // A 5 MB evidence file arrives as base64 (at most 8,000,000 characters).
    'excellence.assessments.addEvidence': 9 * MiB,
    'excellence.frameworks.import': 8 * MiB,
    'excellence.frameworks.save': 8 * MiB,
    'excellence.frameworks.validate': 8 * MiB,
    // An onboarding list of at most 6 MB arrives as base64 (at most 8,000,000 characters).
    'onboarding.check': 9 * MiB,
    'onboarding.import': 9 * MiB,
  },
};

/** The cap for one request: a batch gets the largest cap among its procedures. */
export function bodyLimitFor(limits: BodyLimits, procedures: string[], signedIn: boolean): number {
  if (!signedIn) return limits.anonymous;
  return Math.max(...procedures.map((p) => limits.routes[p] ?? limits.signedIn));
}

export class PayloadTooLarge extends Error {}

/** The declared Content-Length, or null when the body is chunked (or the header is unusable). */
export function declaredLength(req: IncomingMessage): number | null {
  const raw = req.headers['content-length'];
  if (raw === undefined || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/**
 * Reads the body as it streams, counting bytes; past `limit` it stops reading at once and rejects
 * with PayloadTooLarge, so an oversized upload never sits in memory whole.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        req.pause();
        chunks.length = 0;
        reject(new PayloadTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    // The client went away before sending the whole body.
    const onClose = () => {
      cleanup();
      reject(new Error('request closed before its body ended'));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

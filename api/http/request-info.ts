import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** What the request log line reports about one request, filled in as the request is handled. */
export interface RequestInfo {
  id: string;
  startedAt: bigint;
  /** Which part of the server answered: 'trpc', 'static', 'health', ... */
  route: string;
  /** tRPC procedure paths (several for a batch). */
  procedures: string[];
  userId: string | null;
}

const infos = new WeakMap<IncomingMessage, RequestInfo>();

/** A caller's own request id (from a proxy) is kept when it is short and plain; otherwise a fresh one. */
const acceptableId = /^[A-Za-z0-9._:-]{1,64}$/;

export function beginRequest(req: IncomingMessage): RequestInfo {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && acceptableId.test(given) ? given : randomUUID();
  const info: RequestInfo = { id, startedAt: process.hrtime.bigint(), route: 'other', procedures: [], userId: null };
  infos.set(req, info);
  return info;
}

export function requestInfo(req: IncomingMessage): RequestInfo | undefined {
  return infos.get(req);
}

/** The tRPC context calls this once it knows who is signed in, so the log line can say. */
export function noteRequestUser(req: IncomingMessage, userId: string | null): void {
  const info = infos.get(req);
  if (info) info.userId = userId;
}

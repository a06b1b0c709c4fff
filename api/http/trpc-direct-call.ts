import type { IncomingMessage, ServerResponse } from 'node:http';
import { getErrorShape, getTRPCErrorFromUnknown, type AnyTRPCRouter, TRPCError, transformTRPCResponse } from '@trpc/server';
import { getHTTPStatusCode } from '@trpc/server/http';

/** What tRPC's `responseMeta` hook is told here: a direct call never streams (`eagerGeneration` false). */
export type DirectResponseMeta = (opts: { errors: TRPCError[]; eagerGeneration: boolean }) => {
  status?: number;
  headers?: Record<string, string>;
};

export interface DirectCallOptions<Ctx> {
  router: AnyTRPCRouter;
  createContext: (req: IncomingMessage, res: ServerResponse) => Promise<Ctx>;
  responseMeta?: DirectResponseMeta;
  onError?: (opts: {
    error: TRPCError;
    path: string | undefined;
    input: unknown;
    ctx: Ctx | undefined;
    type: 'mutation';
    req: IncomingMessage;
  }) => void;
}

interface Procedure {
  _def: { type: string };
  (opts: {
    path: string;
    getRawInput: () => Promise<unknown>;
    ctx: unknown;
    type: 'mutation';
    signal: AbortSignal;
    batchIndex: number;
  }): Promise<unknown>;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isAsyncIterable = (v: unknown) => isObject(v) && Symbol.asyncIterator in v;
const isPromiseLike = (v: unknown) => isObject(v) && typeof v.then === 'function';
/** tRPC's own test (resolveResponse's isDataStream): such output needs a streaming link. */
const isDataStream = (v: unknown) =>
  isObject(v) && (isAsyncIterable(v) || Object.values(v).some(isPromiseLike) || Object.values(v).some(isAsyncIterable));

/**
 * One mutation sent on its own (POST /trpc/<path> with its JSON input as the body, or a batch of
 * just it, `?batch=1`, as the web app's batching link sends it) called straight on its procedure, answered with the very JSON, status and headers tRPC's
 * HTTP handler writes for it (same context, error formatter, `onError` and `responseMeta`): the
 * handler's generic path turns the Node request into a Fetch Request and its answer into a web
 * stream, which is most of the API's own CPU time per call. Anything else (a longer batch, a query, an
 * unknown path, a body that is not JSON, a stream request) is not taken here: the caller hands it
 * to tRPC's handler, which answers it as before.
 */
export function directMutationCall<Ctx>(options: DirectCallOptions<Ctx>) {
  const { router } = options;
  const config = router._def._config;
  const procedures = router._def.procedures as Record<string, Procedure | undefined>;

  /** The procedure a request may be answered directly by (and whether it is a batch of one), or null when tRPC's handler must answer it. */
  function directProcedure(req: IncomingMessage, path: string): { procedure: Procedure; batch: boolean } | null {
    if (req.method !== 'POST' || req.headers['trpc-accept'] !== undefined) return null;
    const batch = req.url === `/trpc/${path}?batch=1`;
    if (!batch && req.url !== `/trpc/${path}`) return null;
    // tRPC's JSON reader is chosen by this exact test; any other type goes its own way there.
    if ((req.headers['content-type'] ?? '').toLowerCase().split(';', 1)[0]?.trim() !== 'application/json') return null;
    const procedure = Object.hasOwn(procedures, path) ? procedures[path] : undefined;
    return procedure?._def.type === 'mutation' ? { procedure, batch } : null;
  }

  /**
   * Answers the request and resolves true, or resolves false without touching it when it is not a
   * lone JSON mutation (then tRPC's handler must answer it).
   */
  return async function call(req: IncomingMessage, res: ServerResponse, path: string, body: string): Promise<boolean> {
    const direct = directProcedure(req, path);
    if (!direct) return false;
    const { procedure, batch } = direct;
    let input: unknown;
    try {
      input = JSON.parse(body);
    } catch {
      return false; // tRPC answers a malformed body with its own parse error
    }
    if (batch) {
      // A batch's body holds each call's input under its index; anything else tRPC refuses in its own words.
      if (!isObject(input)) return false;
      input = input['0'];
    }
    // As tRPC's handler: the call's signal ends when the client goes away before its answer.
    const abort = new AbortController();
    res.once('close', () => {
      if (!res.writableEnded) abort.abort();
    });
    let inputRead = false;
    let ctx: Ctx | undefined;
    let error: TRPCError | null = null;
    let data: unknown;
    try {
      ctx = await options.createContext(req, res);
    } catch (cause) {
      error = getTRPCErrorFromUnknown(cause);
    }
    if (!error) {
      try {
        data = await procedure({
          path,
          getRawInput: async () => {
            inputRead = true;
            // A batch member without input reaches the procedure as undefined, not deserialized.
            return batch && input === undefined ? undefined : config.transformer.input.deserialize(input);
          },
          ctx,
          type: 'mutation',
          signal: abort.signal,
          batchIndex: 0,
        });
      } catch (cause) {
        error = getTRPCErrorFromUnknown(cause);
      }
    }
    const seenInput = inputRead ? input : undefined;
    let errorPath: string | undefined = path;
    if (error) options.onError?.({ error, path, input: seenInput, ctx, type: 'mutation', req });
    else if (isDataStream(data)) {
      // tRPC refuses this after the call: alone, as a failure of the whole request (no path in the
      // shape, reported to onError); in a batch, as that call's answer (not reported).
      error = new TRPCError({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'Cannot use stream-like response in non-streaming request - use httpBatchStreamLink',
      });
      if (!batch) {
        errorPath = undefined;
        options.onError?.({ error, path: undefined, input: undefined, ctx, type: 'mutation', req });
      }
    }
    const one = error
      ? { error: getErrorShape({ config, ctx, error, input: seenInput, path: errorPath, type: 'mutation' }) }
      : { result: { data } };
    // A batch is answered as a list, one answer per call.
    const answer = batch ? [one] : one;
    const meta = options.responseMeta?.({ errors: error ? [error] : [], eagerGeneration: false }) ?? {};
    const text = JSON.stringify(transformTRPCResponse(config, answer));
    if (res.statusCode === 200) res.statusCode = meta.status ?? getHTTPStatusCode(answer);
    res.setHeader('content-type', 'application/json');
    res.setHeader('vary', 'trpc-accept, accept');
    for (const [name, value] of Object.entries(meta.headers ?? {})) res.setHeader(name, value);
    res.setHeader('content-length', Buffer.byteLength(text));
    res.end(text);
    return true;
  };
}

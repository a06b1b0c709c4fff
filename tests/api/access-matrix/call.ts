import { createTRPCUntypedClient, httpLink, httpSubscriptionLink, splitLink, TRPCClientError, type TRPCUntypedClient } from '@trpc/client';
import { EventSource } from 'eventsource';
import type { AppRouter } from '../../../api/root.ts';
import { firstStreamed } from '../../support/first-streamed.ts';

export type ProcedureType = 'query' | 'mutation' | 'subscription';

/** What one call answered: data, a refusal (its transport code, status and message key), or a stream that stayed quiet. */
export type Outcome =
  | { kind: 'ok'; data: unknown }
  | { kind: 'refused'; code: string | undefined; httpStatus: number | undefined; messageKey: string | undefined; body: unknown }
  | { kind: 'quiet' };

export type MatrixClient = TRPCUntypedClient<AppRouter>;

/** A client by path name over the real HTTP server: one request per call (no batching), SSE for streams. */
export function matrixClient(baseUrl: string, cookie: string | null): MatrixClient {
  const headers: Record<string, string> = { 'x-tamayuz-csrf': '1' };
  if (cookie) headers.cookie = cookie;
  return createTRPCUntypedClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({
          url: `${baseUrl}/trpc`,
          EventSource,
          eventSourceOptions: {
            fetch: (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), ...headers } }),
          },
        }),
        false: httpLink({ url: `${baseUrl}/trpc`, headers }),
      }),
    ],
  });
}

function refusedFrom(err: unknown): Outcome {
  if (!(err instanceof TRPCClientError)) throw err;
  const data = err.data as { code?: string; httpStatus?: number; messageKey?: string } | undefined;
  return {
    kind: 'refused',
    code: data?.code,
    httpStatus: data?.httpStatus,
    messageKey: data?.messageKey,
    body: { message: err.message, data },
  };
}

export async function callProcedure(client: MatrixClient, path: string, type: ProcedureType, input: unknown): Promise<Outcome> {
  if (type === 'subscription') {
    // A refusal or the first event comes at once; the bound only stops a stream that wrongly stays open.
    const first = await firstStreamed((o) => client.subscription(path, input, { onData: o.onData, onError: o.onError }), 20_000);
    if (first.kind === 'refused')
      return { kind: 'refused', code: first.code, httpStatus: undefined, messageKey: first.messageKey, body: first };
    return first.kind === 'data' ? { kind: 'ok', data: first.data } : first;
  }
  try {
    const data = type === 'query' ? await client.query(path, input) : await client.mutation(path, input);
    return { kind: 'ok', data };
  } catch (err) {
    return refusedFrom(err);
  }
}

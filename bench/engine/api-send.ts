import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '../../api/root.ts';

/**
 * A tRPC HTTP client as the web app uses it, minus batching: a closed-loop client has one
 * request in flight, so the batch link would only add its tick of delay.
 */
export function benchApiClient(baseUrl: string, cookie: string) {
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${baseUrl}/trpc`, headers: { cookie, 'x-tamayuz-csrf': '1' } })],
  });
}

export type BenchApiClient = ReturnType<typeof benchApiClient>;

/** One INCREMENT through `workflows.send`; the instance stays in `open`, so it can repeat forever. */
export async function apiSend(client: BenchApiClient, instanceId: string): Promise<void> {
  await client.workflows.send.mutate({ id: instanceId, type: 'INCREMENT', payload: { by: 1 } });
}

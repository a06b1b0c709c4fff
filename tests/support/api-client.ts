import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink, TRPCClientError } from '@trpc/client';
import { EventSource } from 'eventsource';
import type { AppRouter } from '../../api/root.ts';
import { AppError } from '../../api/trpc/app-error.ts';

/** Signs in over HTTP as the web app does and returns the session cookie. */
export async function signIn(baseUrl: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tamayuz-csrf': '1' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`sign-in failed for ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie');
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0]!;
}

/** A real tRPC client over HTTP and SSE, carrying a session cookie like a browser would. */
export function apiClient(baseUrl: string, cookie: string | null) {
  const headers: Record<string, string> = { 'x-tamayuz-csrf': '1' };
  if (cookie) headers.cookie = cookie;
  return createTRPCClient<AppRouter>({
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
        false: httpBatchLink({ url: `${baseUrl}/trpc`, headers }),
      }),
    ],
  });
}

export type ApiClient = ReturnType<typeof apiClient>;

/** The translated-error contract: every refusal names a message key. */
export function errorKey(err: unknown): string | undefined {
  if (err instanceof TRPCClientError) return (err.data as { messageKey?: string } | undefined)?.messageKey;
  return undefined;
}

/**
 * The code and message key a call was refused with: over HTTP (a `TRPCClientError`) or in
 * process (an `AppError` thrown by a domain function). Assert both, exactly: a refusal for
 * some other reason (a throttle, a missing row) must not pass for the one under test.
 */
export async function refusal(p: Promise<unknown>): Promise<{ code?: string; messageKey?: string }> {
  try {
    await p;
  } catch (err) {
    if (err instanceof TRPCClientError) {
      const data = err.data as { code?: string; messageKey?: string } | undefined;
      return { code: data?.code, messageKey: data?.messageKey };
    }
    if (err instanceof AppError) return { code: err.code, messageKey: err.messageKey };
    throw err;
  }
  throw new Error('expected the call to be refused');
}

import { TRPCClientError } from '@trpc/client';

/** What a subscription did first: refused (with the error's code and key), sent data, or stayed quiet. */
export type StreamOutcome =
  | { kind: 'refused'; code: string | undefined; messageKey: string | undefined }
  | { kind: 'data'; data: unknown }
  | { kind: 'quiet' };

interface Subscribable {
  subscribe(opts: { onData: (data: unknown) => void; onError: (err: unknown) => void }): { unsubscribe(): void };
}

/**
 * Subscribes and reports the first thing that happens. A refusal arrives as soon as the
 * server has checked access, so `quietMs` only bounds the wait for a stream that (wrongly
 * or rightly) stays open without sending anything.
 */
export function firstStreamed(subscribe: Subscribable['subscribe'], quietMs = 4000): Promise<StreamOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    let sub: { unsubscribe(): void } | null = null;
    const finish = (outcome: StreamOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // onData/onError can fire before subscribe() has returned.
      queueMicrotask(() => sub?.unsubscribe());
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ kind: 'quiet' }), quietMs);
    sub = subscribe({
      onData: (data) => finish({ kind: 'data', data }),
      onError: (err) => {
        const data = err instanceof TRPCClientError ? (err.data as { code?: string; messageKey?: string } | undefined) : undefined;
        finish({ kind: 'refused', code: data?.code, messageKey: data?.messageKey ?? (err instanceof Error ? err.message : undefined) });
      },
    });
    if (settled) sub.unsubscribe();
  });
}

import { TRPCClientError } from '@trpc/client';

export interface Refused {
  code?: string;
  messageKey?: string;
  issues: { path: string; message: string }[];
}

/** The refusal a call ended with, its field issues included; fails the test when the call succeeded. */
export async function refusedWithIssues(p: Promise<unknown>): Promise<Refused> {
  try {
    await p;
  } catch (err) {
    if (!(err instanceof TRPCClientError)) throw err;
    const data = err.data as { code?: string; messageKey?: string; issues?: Refused['issues'] } | undefined;
    return { code: data?.code, messageKey: data?.messageKey, issues: data?.issues ?? [] };
  }
  throw new Error('expected the call to be refused');
}

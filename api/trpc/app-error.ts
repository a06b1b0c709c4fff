import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';

/**
 * A refusal the user should read: a tRPC code for the transport, a stable message key
 * the web app translates, and params for its placeholders.
 */
export class AppError extends TRPCError {
  readonly messageKey: string;
  readonly params: Record<string, string | number>;

  constructor(code: TRPC_ERROR_CODE_KEY, messageKey: string, params: Record<string, string | number> = {}) {
    super({ code, message: messageKey });
    this.messageKey = messageKey;
    this.params = params;
  }
}

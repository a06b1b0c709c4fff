import { initTRPC, TRPCError } from '@trpc/server';
import { WorkflowError } from '../../engine/workflow/errors.ts';
import type { Role } from '../../workflows/roles.ts';
import { hasAnyRole } from '../access/grants.ts';
import type { Context } from './context.ts';
import { errorData, toTrpcError } from './error-shape.ts';
import { assertStorableInput } from './input-guard.ts';

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    return { code: shape.code, message: errorData(error, shape.data.httpStatus).messageKey, data: errorData(error, shape.data.httpStatus) };
  },
  sse: {
    ping: { enabled: true, intervalMs: 10_000 },
    client: { reconnectAfterInactivityMs: 25_000 },
  },
});

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;

/** Engine refusals carry their own code; surface it instead of a 500. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof WorkflowError) throw toTrpcError(result.error.cause);
  return result;
});

/** No procedure sees text the database cannot hold or nesting nobody needs (see input-guard.ts). */
const refuseUnstorableInput = t.middleware(async ({ getRawInput, next }) => {
  assertStorableInput(await getRawInput());
  return next();
});

export const publicProcedure = t.procedure.use(mapDomainErrors).use(refuseUnstorableInput);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'errors.unauthorized' });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Only these roles get past; everyone else is refused before the procedure runs. */
export function roleProcedure(...allowed: Role[]) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!hasAnyRole(ctx.user, allowed)) throw new TRPCError({ code: 'FORBIDDEN', message: 'errors.forbidden' });
    return next();
  });
}

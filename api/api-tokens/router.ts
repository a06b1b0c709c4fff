import { z } from 'zod';
import { roleProcedure, router } from '../trpc/init.ts';
import { titleText } from '../trpc/inputs.ts';
import { capabilities } from '../../workflows/api-access/capabilities.ts';
import { issueToken, listTokens, revokeToken } from './token-store.ts';

/** Tokens are keys to an entity's data: administrators alone issue, see and revoke them. */
const admin = roleProcedure('administrator');
const id = z.string().min(1).max(100);

/** API tokens for entity systems (see api/http/api-v1-route.ts for what they open). */
export const tokensRouter = router({
  list: admin.input(z.object({ entityId: id.optional() }).default({})).query(({ ctx, input }) => listTokens(ctx.db, input, new Date())),

  /** The answer's `secret` is the only time anyone sees it: it is stored hashed. */
  issue: admin
    .input(
      z.object({
        entityId: id,
        name: titleText(120),
        capabilities: z.array(z.enum(capabilities)).min(1).max(capabilities.length),
        expiresAt: z.iso.datetime({ offset: true }).nullable().default(null),
      }),
    )
    .mutation(({ ctx, input }) =>
      issueToken(ctx.db, {
        entityId: input.entityId,
        name: input.name,
        capabilities: input.capabilities,
        expiresAt: input.expiresAt === null ? null : new Date(input.expiresAt),
        actorId: ctx.user.id,
        at: new Date(),
      }),
    ),

  revoke: admin
    .input(z.object({ id }))
    .mutation(({ ctx, input }) => revokeToken(ctx.db, { id: input.id, actorId: ctx.user.id, at: new Date() })),
});

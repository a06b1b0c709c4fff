import { z } from 'zod';
import { authedProcedure, router } from '../trpc/init.ts';
import { assessmentOutline } from '../../workflows/excellence/assessment-outline.ts';
import type { LeafEntry } from '../../workflows/excellence/leaf-score.ts';
import { openPrivate } from './assessments-router.ts';
import { assertTeamAssessor } from './scoring-access.ts';
import { cycleFramework } from './cycle-framework.ts';
import { applicableLeaves } from './applicable-leaves.ts';

const id = z.string().min(1).max(100);

/** The outline beside a score sheet: sections with per-section completeness, computed here, never in the browser. */
export const excellenceOutlineRouter = router({
  /** `self`: the entity's self-assessment; `mine`: the signed-in assessor's own sheet. */
  get: authedProcedure.input(z.object({ id, sheet: z.enum(['self', 'mine']) })).query(async ({ ctx, input }) => {
    const a = await openPrivate(ctx.db, ctx.user, input.id);
    const { framework } = await cycleFramework(ctx.db, a.cycleId);
    let rows: { node_code: string; entry: unknown }[];
    if (input.sheet === 'mine') {
      assertTeamAssessor(ctx.user, a);
      rows = await ctx.db
        .selectFrom('excellence_assessor_scores')
        .select(['node_code', 'entry'])
        .where('assessment_id', '=', a.id)
        .where('assessor_id', '=', ctx.user.id)
        .execute();
    } else {
      rows = await ctx.db.selectFrom('excellence_self_scores').select(['node_code', 'entry']).where('assessment_id', '=', a.id).execute();
    }
    const entries = new Map(rows.map((r) => [r.node_code, r.entry as LeafEntry]));
    return assessmentOutline(framework, applicableLeaves(framework, a.entityType), entries);
  }),
});

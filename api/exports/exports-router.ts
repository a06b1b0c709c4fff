import { z } from 'zod';
import { roleProcedure, router } from '../trpc/init.ts';
import { capabilityRoles } from '../access/capabilities.ts';
import { AppError } from '../trpc/app-error.ts';
import { leadershipDashboard } from '../improvement/leadership-dashboard.ts';
import { cycleAndPrevious, leaderboard } from '../results/published-cycles.ts';
import { publicCycleResults } from '../results/public-results.ts';
import { dashboardContent, rankingsContent, transparencyContent, type ReportContent } from './report-content.ts';
import { reportDeck } from './pptx-deck.ts';
import type { DB } from '../db/schema.ts';

const reports = ['rankings', 'dashboard', 'transparency'] as const;
const input = z.object({
  report: z.enum(reports),
  language: z.enum(['ar', 'en']),
  /** The cycle the page shows; the dashboard's latest when left out. */
  cycleId: z.string().min(1).max(100).optional(),
});
type Input = z.infer<typeof input>;

/** The report's content from the same functions the pages' own procedures call. */
async function content(db: DB, { report, language, cycleId }: Input): Promise<ReportContent> {
  if (report === 'dashboard') return dashboardContent(language, await leadershipDashboard(db, new Date(), { cycleId }));
  if (!cycleId) throw new AppError('BAD_REQUEST', 'errors.improvement.exportCycleRequired');
  if (report === 'transparency') return transparencyContent(language, await publicCycleResults(db, cycleId));
  const found = await cycleAndPrevious(db, cycleId);
  if (!found) throw new AppError('NOT_FOUND', 'errors.improvement.cycleNotFound');
  const names = await db.selectFrom('entities').select(['id', 'name_ar', 'name_en']).execute();
  return rankingsContent(
    language,
    found.cycle,
    await leaderboard(db, cycleId),
    new Map(names.map((n) => [n.id, { ar: n.name_ar, en: n.name_en }])),
  );
}

/** Leadership briefs: the rankings, the dashboard and the public page as downloadable files, made on the server. */
export const exportsRouter = router({
  deck: roleProcedure(...capabilityRoles.exportLeadershipBriefs)
    .input(input)
    .query(async ({ ctx, input }) => {
      const deck = await reportDeck(await content(ctx.db, input));
      return {
        filename: `${input.report}-${input.cycleId ?? 'latest'}-${input.language}.pptx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
        base64: deck.toString('base64'),
      };
    }),
});

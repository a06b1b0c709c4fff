import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { maturityHeatMap, publicResults } from '../../workflows/improvement/maturity-views.ts';
import { criterionResults, leaderboard, publishedCycles } from './published-cycles.ts';

/**
 * What the public page shows for one closed cycle: the ranking, named, and the heat map. The public
 * page and its exports read this one function, so a download holds exactly the page's figures.
 */
export async function publicCycleResults(db: DB, cycleId: string) {
  const cycles = await publishedCycles(db);
  const cycle = cycles.find((c) => c.id === cycleId && c.closed);
  // An open cycle reads as unknown, not as "not yet".
  if (!cycle) throw new AppError('NOT_FOUND', 'errors.improvement.cycleNotFound');
  const rows = (await leaderboard(db, cycle.id)).map((r) => ({
    rank: r.rank,
    subjectId: r.subjectId,
    entityId: r.entityId,
    totalPercent: r.totalPercent,
    stars: r.stars,
    tier: r.tier,
    tierName: r.tierName,
    change: r.change,
  }));
  const criteria = publicResults(await criterionResults(db, [cycle.id], 1), cycles);
  const names = await db.selectFrom('entities').select(['id', 'name_ar', 'name_en']).execute();
  const centres = await db.selectFrom('service_centres').select(['id', 'name_ar', 'name_en']).execute();
  const nameOf = new Map([...names, ...centres].map((n) => [n.id, { ar: n.name_ar, en: n.name_en }]));
  return {
    cycle,
    rows: rows.map((r) => ({ ...r, name: nameOf.get(r.subjectId) ?? { ar: r.subjectId, en: r.subjectId } })),
    heatMap: maturityHeatMap(
      criteria,
      cycle.id,
      rows.map((r) => r.subjectId),
    ),
  };
}

export type PublicCycleResults = Awaited<ReturnType<typeof publicCycleResults>>;

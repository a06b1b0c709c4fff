import type { DB } from '../db/schema.ts';
import type { SessionUser } from '../trpc/context.ts';
import { AppError } from '../trpc/app-error.ts';
import { may } from '../access/capabilities.ts';
import { cycleFramework } from './cycle-framework.ts';
import { publishedRows } from './published-rows.ts';
import type { SpreadsheetCell } from '../spreadsheets/spreadsheet-cell.ts';
import { presentScore } from '../../workflows/excellence/score-precision.ts';

/** The export columns: stable English codes, so files from different languages line up. */
export const scoreTableHeader = [
  'rank',
  'subject',
  'name_ar',
  'name_en',
  'node',
  'points',
  'max_points',
  'percent',
  'maturity',
  'stars',
  'tier',
] as const;

/**
 * A cycle's published scores as one table: a TOTAL row per subject, then a row per node.
 * Shared by the CSV and Excel exports; the programme and leadership only. Scores are
 * computed at full precision and rounded here, once, by the display rule (`presentScore`).
 */
export async function scoreTable(
  db: DB,
  user: SessionUser,
  cycleId: string,
): Promise<{ baseName: string; header: readonly string[]; rows: SpreadsheetCell[][] }> {
  if (!may(user, 'exportCycleScores')) throw new AppError('FORBIDDEN', 'errors.forbidden');
  const { cycle } = await cycleFramework(db, cycleId);
  const totals = await publishedRows(db, user, cycleId);
  const nodes = await db
    .selectFrom('published_node_scores')
    .selectAll()
    .where('cycle_id', '=', cycleId)
    .orderBy('subject_id')
    .orderBy('node_code')
    .execute();
  const rows: SpreadsheetCell[][] = [];
  for (const t of totals) {
    rows.push([
      t.rank,
      t.subject_id,
      t.name_ar,
      t.name_en,
      'TOTAL',
      presentScore(t.total_points),
      presentScore(t.max_points),
      presentScore(t.total_percent),
      t.maturity_code,
      t.stars,
      t.tier,
    ]);
    for (const n of nodes.filter((x) => x.subject_id === t.subject_id)) {
      rows.push([
        t.rank,
        t.subject_id,
        t.name_ar,
        t.name_en,
        n.node_code,
        presentScore(n.points),
        presentScore(n.max_points),
        presentScore(n.percent),
        null,
        null,
        null,
      ]);
    }
  }
  return { baseName: `${cycle.framework_code}-cycle-${cycle.number}-scores`, header: scoreTableHeader, rows };
}

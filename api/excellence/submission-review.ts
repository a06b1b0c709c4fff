import type { DB } from '../db/schema.ts';
import type { Framework } from '../../workflows/excellence/framework-schema.ts';
import { findNode } from '../../workflows/excellence/framework-nodes.ts';
import { leafEntryComplete } from '../../workflows/excellence/leaf-entry-complete.ts';
import type { LeafEntry } from '../../workflows/excellence/leaf-score.ts';
import { cycleFramework } from './cycle-framework.ts';
import { applicableLeaves } from './applicable-leaves.ts';
import type { LoadedAssessment } from './assessment-access.ts';

/** What a one-way submission hands over: the criteria it covers fully, the ones still to do. */
export interface SheetReview {
  total: number;
  complete: number;
  /** Applicable criteria not fully scored, in framework order. */
  missing: { code: string; nameAr: string; nameEn: string }[];
}

function review(framework: Framework, entityType: string, rows: { node_code: string; entry: unknown }[]): SheetReview {
  const leaves = applicableLeaves(framework, entityType);
  const saved = new Map(rows.map((r) => [r.node_code, r.entry as LeafEntry]));
  const missing: SheetReview['missing'] = [];
  for (const code of leaves) {
    const node = findNode(framework, code);
    const entry = saved.get(code);
    if (node && entry && leafEntryComplete(framework, node, entry)) continue;
    missing.push({ code, nameAr: node?.name.ar ?? code, nameEn: node?.name.en ?? code });
  }
  return { total: leaves.length, complete: leaves.length - missing.length, missing };
}

/** The entity's self-assessment as its submission would hand it over, with its evidence count. */
export async function selfAssessmentReview(db: DB, a: LoadedAssessment): Promise<SheetReview & { evidence: number }> {
  const { framework } = await cycleFramework(db, a.cycleId);
  const rows = await db.selectFrom('excellence_self_scores').select(['node_code', 'entry']).where('assessment_id', '=', a.id).execute();
  const { count } = await db
    .selectFrom('excellence_evidence')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('assessment_id', '=', a.id)
    .executeTakeFirstOrThrow();
  return { ...review(framework, a.entityType, rows), evidence: Number(count) };
}

/** One assessor's own score sheet as submitting it would hand it over. */
export async function scoreSheetReview(db: DB, a: LoadedAssessment, assessorId: string): Promise<SheetReview> {
  const { framework } = await cycleFramework(db, a.cycleId);
  const rows = await db
    .selectFrom('excellence_assessor_scores')
    .select(['node_code', 'entry'])
    .where('assessment_id', '=', a.id)
    .where('assessor_id', '=', assessorId)
    .execute();
  return review(framework, a.entityType, rows);
}

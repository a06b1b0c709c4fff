import type { DB } from '../db/schema.ts';
import { raiseGapRow } from '../improvement/gap-register.ts';
import { findNode } from '../../workflows/excellence/framework-nodes.ts';
import type { Framework } from '../../workflows/excellence/framework-schema.ts';

/**
 * Every agreed area for improvement becomes a gap linked to its node and cycle. The source
 * item id is `<assessment>:<node>:<index>`, so re-issuing feedback never doubles the register.
 */
export async function raiseAfiGaps(
  db: DB,
  fw: Framework,
  assessment: { id: string; cycleId: string; entityId: string },
  at: Date,
): Promise<number> {
  const rows = await db
    .selectFrom('excellence_consensus')
    .select(['node_code', 'afis'])
    .where('assessment_id', '=', assessment.id)
    .orderBy('node_code')
    .execute();
  let raised = 0;
  for (const row of rows) {
    const node = findNode(fw, row.node_code);
    const afis = (row.afis as string[]) ?? [];
    for (const [i, afi] of afis.entries()) {
      const result = await raiseGapRow(
        db,
        {
          title: afi,
          entityId: assessment.entityId,
          criterionCode: row.node_code,
          severity: 'medium',
          cycleId: assessment.cycleId,
          source: {
            kind: 'assessment_afi',
            containerId: assessment.id,
            itemId: `${assessment.id}:${row.node_code}:${i}`,
            labelAr: `${row.node_code} ${node?.name.ar ?? ''}`.trim(),
            labelEn: `${row.node_code} ${node?.name.en ?? ''}`.trim(),
          },
        },
        at,
      );
      if (result.created) raised++;
    }
  }
  return raised;
}

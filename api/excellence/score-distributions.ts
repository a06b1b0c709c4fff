import type { DB } from '../db/schema.ts';

export interface Distribution {
  key: string;
  count: number;
  mean: number;
  min: number;
  max: number;
}

function summarise(key: string, values: number[]): Distribution {
  const sum = values.reduce((s, v) => s + v, 0);
  return {
    key,
    count: values.length,
    mean: values.length ? sum / values.length : 0,
    min: values.length ? Math.min(...values) : 0,
    max: values.length ? Math.max(...values) : 0,
  };
}

/**
 * Individual score distributions per team (assessment) and per assessor across a cycle, so
 * the programme can spot a lenient or a harsh team before locking moderation.
 */
export async function cycleDistributions(db: DB, cycleId: string): Promise<{ byTeam: Distribution[]; byAssessor: Distribution[] }> {
  const rows = await db
    .selectFrom('excellence_assessor_scores as s')
    .innerJoin('excellence_assessments as a', 'a.id', 's.assessment_id')
    .select(['s.assessment_id', 's.assessor_id', 's.percent'])
    .where('a.cycle_id', '=', cycleId)
    .where('s.percent', 'is not', null)
    .execute();
  const group = (key: (r: (typeof rows)[number]) => string) => {
    const m = new Map<string, number[]>();
    for (const r of rows) {
      const k = key(r);
      const list = m.get(k) ?? [];
      list.push(r.percent!);
      m.set(k, list);
    }
    return [...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => summarise(k, v));
  };
  return { byTeam: group((r) => r.assessment_id), byAssessor: group((r) => r.assessor_id) };
}

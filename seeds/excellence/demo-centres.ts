import type { DB } from '../../api/db/schema.ts';
import { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { productRegistry } from '../../api/workflow-registry.ts';
import { createCycle, moveCycle } from '../../api/excellence/cycle-service.ts';
import { loadFramework } from '../../api/excellence/framework-store.ts';
import { recordCompositeSources } from '../../api/excellence/composite-sources.ts';
import { a1, a2, agree, coordinator, day, pm, score, type Ctx } from './demo.ts';

/**
 * Customer-feedback figures per centre (the guide's composite: assessment 35% + customer
 * feedback 65%). MOH's call centre has no figure yet, so it is published without stars
 * and its result page says why.
 */
const customerFeedback: Record<string, number | null> = {
  'ctr-moi-c01': 88,
  'ctr-moi-c02': 74,
  'ctr-moi-r01': 91,
  'ctr-moh-c01': 66,
  'ctr-moh-r01': null,
};

/**
 * Cycle 1 (2026) of the service-centre guide over five MOI and MOH centres, published, so
 * the programme manager sees star ratings from the composite (assessment 35% + customer
 * feedback 65%) and one centre left unrated for a missing figure. Skipped once the guide
 * has a cycle.
 */
export async function loadCentreDemoCycle(db: DB): Promise<void> {
  const existing = await db
    .selectFrom('excellence_cycles')
    .select('id')
    .where('framework_code', '=', 'service-centre-guide')
    .executeTakeFirst();
  if (existing) return;
  const engine = new WorkflowEngine(db, productRegistry());
  const { framework: fw } = await loadFramework(db, 'service-centre-guide');
  const c: Ctx = { db, engine, fw, at: new Date() };
  const centres = Object.keys(customerFeedback);
  const cycle = await createCycle(
    db,
    engine,
    pm,
    {
      number: 1,
      year: 2026,
      nameAr: 'تقييم مراكز الخدمة ٢٠٢٦',
      nameEn: 'Service centres 2026',
      frameworkCode: fw.code,
      subjectKind: 'centre',
      subjectIds: centres,
      selfAssessmentDueAt: new Date(c.at.getTime() + 14 * day).toISOString(),
      appealWindowDays: 14,
    },
    c.at,
  );
  await moveCycle(db, engine, pm, cycle.cycleId, { type: 'OPEN' });
  const rows = await db
    .selectFrom('excellence_assessments')
    .selectAll()
    .where('cycle_id', '=', cycle.cycleId)
    .orderBy('subject_id')
    .execute();
  for (const a of rows) {
    await engine.send({
      instanceId: a.id,
      event: { type: 'SUBMIT_SELF_ASSESSMENT' },
      actor: coordinator(a.entity_id.slice(4) as 'moi' | 'moh'),
    });
    await engine.send({ instanceId: a.id, event: { type: 'ASSIGN_TEAM', assessorIds: [a1.id, a2.id], leadAssessorId: a1.id }, actor: pm });
  }
  await moveCycle(db, engine, pm, cycle.cycleId, { type: 'START_SCORING' });
  for (const [i, a] of rows.entries()) {
    await score(c, a.id, a.entity_id, a.entity_type, a1, i * 2, true);
    await score(c, a.id, a.entity_id, a.entity_type, a2, i * 2 + 5, true);
    await agree(c, a.id, a1);
    const figure = customerFeedback[a.subject_id];
    if (figure !== null && figure !== undefined)
      await recordCompositeSources(db, pm.id ?? '', cycle.cycleId, a.subject_id, { customer_feedback: figure }, c.at);
  }
  await moveCycle(db, engine, pm, cycle.cycleId, { type: 'START_MODERATION' });
  await moveCycle(db, engine, pm, cycle.cycleId, { type: 'PUBLISH' });
}

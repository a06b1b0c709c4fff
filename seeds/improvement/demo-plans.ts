import type { DB } from '../../api/db/schema.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { productRegistry } from '../../api/workflow-registry.ts';
import { raiseGapRow } from '../../api/improvement/gap-register.ts';
import { createActionPlan } from '../../api/improvement/action-plans.ts';
import { createAction } from '../../api/improvement/create-action.ts';

const day = 24 * 60 * 60 * 1000;
const manager: Actor = { id: 'usr-pm', label: 'pm', roles: ['programme_manager'], entityId: 'ent-gdb' };

interface DemoGap {
  item: string;
  titleAr: string;
  titleEn: string;
  criterion: string;
  severity: 'low' | 'medium' | 'high' | 'critical';
}

const gaps: DemoGap[] = [
  {
    item: 'afi-1',
    titleAr: 'غياب مؤشرات أداء للخدمات الرقمية',
    titleEn: 'No performance indicators for digital services',
    criterion: '2.1',
    severity: 'high',
  },
  {
    item: 'afi-2',
    titleAr: 'ضعف إشراك المتعاملين في تصميم الخدمات',
    titleEn: 'Customers barely involved in service design',
    criterion: '1.2',
    severity: 'medium',
  },
  {
    item: 'afi-3',
    titleAr: 'طول فترة انتظار المتعاملين في المراكز',
    titleEn: 'Long customer waits at service centres',
    criterion: '4.1',
    severity: 'critical',
  },
];

/**
 * Three coordinators' entities each get gaps from the last demo cycle and a plan worked
 * through the engine: one verified action (with a declared uplift), one under way with a
 * sub-action, one overdue so the scheduler escalates it at start. Skipped once present.
 */
export async function loadDemoPlans(db: DB, now: Date = new Date()): Promise<void> {
  const engine = new WorkflowEngine(db, productRegistry());
  for (const code of ['moi', 'moh', 'mun']) {
    const entityId = `ent-${code}`;
    const exists = await db
      .selectFrom('action_plans')
      .select('id')
      .where('origin_id', '=', `demo-improvement:${entityId}`)
      .executeTakeFirst();
    if (exists) continue;
    const coordinator: Actor = { id: `usr-coord-${code}`, label: `coord.${code}`, roles: ['entity_coordinator'], entityId };
    const ids: string[] = [];
    // Link the gaps to the entity's published assessment when the excellence demo made one, so the source link opens its feedback report.
    const published = await db
      .selectFrom('published_results')
      .innerJoin('excellence_assessments', (j) =>
        j
          .onRef('excellence_assessments.cycle_id', '=', 'published_results.cycle_id')
          .onRef('excellence_assessments.subject_id', '=', 'published_results.subject_id'),
      )
      .select('excellence_assessments.id')
      .where('published_results.subject_kind', '=', 'entity')
      .where('published_results.subject_id', '=', entityId)
      .orderBy('published_results.cycle_year', 'desc')
      .executeTakeFirst();
    const containerId = published?.id ?? 'demo-cycle-2025';
    for (const g of gaps) {
      const raised = await raiseGapRow(db, {
        title: g.titleAr,
        description: g.titleEn,
        entityId,
        criterionCode: g.criterion,
        severity: g.severity,
        ownerId: coordinator.id,
        cycleId: 'demo-cycle-2025',
        source: {
          kind: 'assessment_afi',
          containerId,
          itemId: `${code}-${g.item}`,
          labelAr: 'فرصة تحسين من تقرير التقييم',
          labelEn: 'Area for improvement from the assessment report',
        },
      });
      ids.push(raised.id);
    }
    const plan = await createActionPlan(db, {
      entityId,
      title: 'خطة التحسين 2026',
      origin: 'assessment',
      originId: `demo-improvement:${entityId}`,
      createdBy: coordinator.id,
    });
    const deps = { engine, db };
    const base = { planId: plan.id, entityId, ownerId: `usr-coord-${code}` };
    const kpis = await createAction(
      deps,
      {
        ...base,
        title: 'اعتماد مؤشرات أداء للخدمات الرقمية',
        dueAt: new Date(now.getTime() + 20 * day).toISOString(),
        gapIds: [ids[0]!],
        weight: 2,
        uplifts: [{ criterionCode: '2.1', points: 8 }],
      },
      coordinator,
    );
    const design = await createAction(
      deps,
      {
        ...base,
        title: 'ورش تصميم مشترك مع المتعاملين',
        dueAt: new Date(now.getTime() + 45 * day).toISOString(),
        gapIds: [ids[1]!],
        weight: 1,
      },
      coordinator,
    );
    const sub = await createAction(
      deps,
      { ...base, title: 'اختيار عينة المتعاملين', dueAt: new Date(now.getTime() + 15 * day).toISOString(), parentActionId: design.id },
      coordinator,
    );
    const queue = await createAction(
      deps,
      { ...base, title: 'نظام إدارة الطوابير', dueAt: new Date(now.getTime() - 10 * day).toISOString(), gapIds: [ids[2]!], weight: 3 },
      coordinator,
    );
    for (const a of [kpis, design, sub, queue]) await engine.send({ instanceId: a.id, event: { type: 'APPROVE' }, actor: manager });
    for (const a of [kpis, design, sub]) await engine.send({ instanceId: a.id, event: { type: 'START' }, actor: coordinator });
    await engine.send({ instanceId: sub.id, event: { type: 'UPDATE_PROGRESS', progress: 60 }, actor: coordinator });
    await engine.send({ instanceId: kpis.id, event: { type: 'COMPLETE' }, actor: coordinator });
    await engine.send({ instanceId: kpis.id, event: { type: 'VERIFY' }, actor: manager });
  }
}

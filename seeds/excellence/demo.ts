import type { DB } from '../../api/db/schema.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import { systemActor } from '../../engine/workflow/actor.ts';
import { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { productRegistry } from '../../api/workflow-registry.ts';
import { createCycle, moveCycle } from '../../api/excellence/cycle-service.ts';
import { loadFramework } from '../../api/excellence/framework-store.ts';
import { addPartnership } from '../../api/excellence/partnerships.ts';
import { upsertAssessorProfile } from '../../api/excellence/assessor-pool.ts';
import { applicableLeaves } from '../../api/excellence/applicable-leaves.ts';
import { assessorNodeScores, individualScores } from '../../api/excellence/score-sheets.ts';
import { consensusSpread } from '../../workflows/excellence/consensus-spread.ts';
import { findNode } from '../../workflows/excellence/framework-nodes.ts';
import type { Framework } from '../../workflows/excellence/framework-schema.ts';
import { demoEntry } from './demo-entries.ts';

export const day = 24 * 60 * 60 * 1000;
export const pm: Actor = { id: 'usr-pm', label: 'pm', roles: ['programme_manager'], entityId: 'ent-gdb' };
const assessor = (n: 1 | 2 | 3, entity: string): Actor => ({
  id: `usr-assessor${n}`,
  label: `assessor${n}`,
  roles: ['assessor'],
  entityId: entity,
});
export const a1 = assessor(1, 'ent-psa');
export const a2 = assessor(2, 'ent-mof');
const a3 = assessor(3, 'ent-moi');
export const coordinator = (code: 'moi' | 'moh' | 'mun'): Actor => ({
  id: `usr-coord-${code}`,
  label: `coord.${code}`,
  roles: ['entity_coordinator'],
  entityId: `ent-${code}`,
});

/** Per entity: the level its scores sit around, so the ranking has a story. */
const levels: Record<string, number> = { 'ent-moi': 72, 'ent-moh': 64, 'ent-mun': 55 };

export interface Ctx {
  db: DB;
  engine: WorkflowEngine;
  fw: Framework;
  at: Date;
}

async function selfAssess(c: Ctx, id: string, entityId: string, entityType: string, leaves: number, by: Actor): Promise<void> {
  for (const [i, code] of applicableLeaves(c.fw, entityType).slice(0, leaves).entries()) {
    const { entry, percent } = demoEntry(c.fw, findNode(c.fw, code)!, levels[entityId]! + 8, i);
    await c.db
      .insertInto('excellence_self_scores')
      .values({
        assessment_id: id,
        node_code: code,
        entry: JSON.stringify(entry),
        percent,
        comment: '',
        updated_by: by.id ?? '',
        updated_at: c.at,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

export async function score(
  c: Ctx,
  id: string,
  entityId: string,
  entityType: string,
  who: Actor,
  salt: number,
  submit: boolean,
  leaves?: number,
): Promise<void> {
  const codes = applicableLeaves(c.fw, entityType);
  for (const [i, code] of codes.slice(0, leaves ?? codes.length).entries()) {
    const { entry, percent } = demoEntry(c.fw, findNode(c.fw, code)!, levels[entityId]!, i + salt);
    await c.db
      .insertInto('excellence_assessor_scores')
      .values({
        assessment_id: id,
        assessor_id: who.id ?? '',
        node_code: code,
        entry: JSON.stringify(entry),
        percent,
        strengths: JSON.stringify(i % 3 === 0 ? [`منهجية موثقة للمعيار ${code}`] : []),
        afis: JSON.stringify(i % 4 === 1 ? [`قياس أثر المعيار ${code} والتحسين بناءً عليه`] : []),
        updated_at: c.at,
      })
      .execute();
  }
  if (submit) await c.engine.send({ instanceId: id, event: { type: 'SUBMIT_SCORES' }, actor: who });
}

/** The lead agrees each leaf at the mean of the submitted scores, with the agreed texts (a flagged spread with a rationale). */
export async function agree(c: Ctx, id: string, lead: Actor): Promise<void> {
  const rows = assessorNodeScores(await individualScores(c.db, id));
  const spreads = consensusSpread(rows, c.fw.consensusSpreadThreshold);
  for (const { nodeCode: code, spread, flagged } of spreads) {
    const list = rows.flatMap((r) => (r.nodeCode === code && r.percent !== null ? [r.percent] : []));
    const n = findNode(c.fw, code)!;
    await c.db
      .insertInto('excellence_consensus')
      .values({
        assessment_id: id,
        node_code: code,
        percent: Math.round(list.reduce((s, v) => s + v, 0) / list.length / 5) * 5,
        strengths: JSON.stringify([`منهجية موثقة ومطبقة في ${n.name.ar}`]),
        afis: JSON.stringify(code.endsWith('.2') || code.startsWith('4.') ? [`${n.name.ar}: قياس أثر المبادرات وربطها بالمستهدفات`] : []),
        rationale: flagged ? 'نوقش التباين مع الفريق واعتُمدت الأدلة المقدمة' : '',
        spread,
        flagged,
        recorded_by: lead.id ?? '',
        recorded_at: c.at,
      })
      .execute();
  }
  const flagged = spreads.filter((s) => s.flagged).length;
  await c.engine.send({ instanceId: id, event: { type: 'RECORD_CONSENSUS', flaggedNodes: flagged }, actor: lead });
}

/** Replays this assessment's pending timers now, as the scheduler would once they come due. */
async function runOutTimers(c: Ctx, id: string): Promise<void> {
  const timers = await c.db
    .selectFrom('workflow_timers')
    .select(['id', 'event', 'due_at'])
    .where('instance_id', '=', id)
    .where('status', '=', 'pending')
    .execute();
  for (const t of timers) {
    await c.db.updateTable('workflow_timers').set({ status: 'fired', fired_at: t.due_at }).where('id', '=', t.id).execute();
    await c.engine.send({ instanceId: id, event: t.event as { type: string }, actor: systemActor, at: new Date(t.due_at) });
  }
}

/**
 * Two cycles of the government excellence model: cycle 3 (2025) closed and published, with
 * its areas for improvement in the gap register; cycle 4 (2026) under way with MOI in
 * self-assessment, MOH in independent scoring and MUN at consensus. Driven through the
 * engine; skipped when the model already has cycles.
 */
export async function loadExcellenceDemoCycles(db: DB): Promise<void> {
  const existing = await db.selectFrom('excellence_cycles').select('id').where('framework_code', '=', 'gov-excellence').executeTakeFirst();
  if (existing) return;
  const engine = new WorkflowEngine(db, productRegistry());
  const { framework: fw } = await loadFramework(db, 'gov-excellence');
  const c: Ctx = { db, engine, fw, at: new Date() };
  await addPartnership(db, 'ent-moi', 'ent-mun');
  await upsertAssessorProfile(db, 'usr-assessor1', ['Excellence assessor (lead)', 'Service design'], 9);
  await upsertAssessorProfile(db, 'usr-assessor2', ['Excellence assessor'], 8);
  await upsertAssessorProfile(db, 'usr-assessor3', ['Mystery shopper', 'Excellence assessor'], 3);
  const entities = ['ent-moi', 'ent-moh', 'ent-mun'];
  const teams: Record<string, [Actor[], Actor]> = {
    'ent-moi': [[a1, a2], a1],
    'ent-moh': [[a1, a2, a3], a2],
    'ent-mun': [[a1, a2], a1],
  };

  // Cycle 3, 2025: all the way to closed.
  const previous = await createCycle(
    db,
    engine,
    pm,
    {
      number: 3,
      year: 2025,
      nameAr: 'الدورة الثالثة',
      nameEn: 'Cycle 3',
      frameworkCode: fw.code,
      subjectKind: 'entity',
      subjectIds: entities,
      selfAssessmentDueAt: new Date(c.at.getTime() + 30 * day).toISOString(),
      appealWindowDays: 14,
    },
    c.at,
  );
  await moveCycle(db, engine, pm, previous.cycleId, { type: 'OPEN' });
  const rows = await db.selectFrom('excellence_assessments').selectAll().where('cycle_id', '=', previous.cycleId).execute();
  for (const a of rows) {
    const code = a.entity_id.slice(4) as 'moi' | 'moh' | 'mun';
    await selfAssess(c, a.id, a.entity_id, a.entity_type, 99, coordinator(code));
    await engine.send({ instanceId: a.id, event: { type: 'SUBMIT_SELF_ASSESSMENT' }, actor: coordinator(code) });
    const [team, lead] = teams[a.entity_id]!;
    await engine.send({
      instanceId: a.id,
      event: { type: 'ASSIGN_TEAM', assessorIds: team.map((m) => m.id), leadAssessorId: lead.id },
      actor: pm,
    });
  }
  await moveCycle(db, engine, pm, previous.cycleId, { type: 'START_SCORING' });
  for (const a of rows) {
    const [team, lead] = teams[a.entity_id]!;
    for (const [i, m] of team.entries()) await score(c, a.id, a.entity_id, a.entity_type, m, i * 3, true);
    await agree(c, a.id, lead);
  }
  await moveCycle(db, engine, pm, previous.cycleId, { type: 'START_MODERATION' });
  await moveCycle(db, engine, pm, previous.cycleId, { type: 'PUBLISH' });
  for (const a of rows) {
    await runOutTimers(c, a.id);
    await engine.send({ instanceId: a.id, event: { type: 'ISSUE_FEEDBACK' }, actor: pm });
  }
  await moveCycle(db, engine, pm, previous.cycleId, { type: 'CLOSE' });

  // Cycle 4, 2026: under way.
  const current = await createCycle(
    db,
    engine,
    pm,
    {
      number: 4,
      year: 2026,
      nameAr: 'الدورة الرابعة',
      nameEn: 'Cycle 4',
      frameworkCode: fw.code,
      subjectKind: 'entity',
      subjectIds: entities,
      selfAssessmentDueAt: new Date(c.at.getTime() + 21 * day).toISOString(),
    },
    c.at,
  );
  await moveCycle(db, engine, pm, current.cycleId, { type: 'OPEN' });
  const now = await db.selectFrom('excellence_assessments').selectAll().where('cycle_id', '=', current.cycleId).execute();
  for (const a of now) {
    const code = a.entity_id.slice(4) as 'moi' | 'moh' | 'mun';
    if (a.entity_id === 'ent-moi') {
      await selfAssess(c, a.id, a.entity_id, a.entity_type, 6, coordinator(code));
      continue;
    }
    await selfAssess(c, a.id, a.entity_id, a.entity_type, 99, coordinator(code));
    await engine.send({ instanceId: a.id, event: { type: 'SUBMIT_SELF_ASSESSMENT' }, actor: coordinator(code) });
    const [team, lead] = a.entity_id === 'ent-moh' ? [[a1, a2], a1] : [[a1, a2], a2];
    await engine.send({
      instanceId: a.id,
      event: { type: 'ASSIGN_TEAM', assessorIds: team.map((m) => m.id), leadAssessorId: lead.id },
      actor: pm,
    });
    await engine.send({ instanceId: a.id, event: { type: 'START_SCORING' }, actor: pm });
    if (a.entity_id === 'ent-moh') {
      // assessor2 has submitted; assessor1 has a draft of half the sheet.
      await score(c, a.id, a.entity_id, a.entity_type, a2, 5, true);
      await score(c, a.id, a.entity_id, a.entity_type, a1, 1, false, 6);
    } else {
      await score(c, a.id, a.entity_id, a.entity_type, a1, 2, true);
      await score(c, a.id, a.entity_id, a.entity_type, a2, 7, true);
    }
  }
}

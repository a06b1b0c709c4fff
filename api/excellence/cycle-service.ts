import { randomUUID } from 'node:crypto';
import type { DB } from '../db/schema.ts';
import type { WorkflowEngine, TransitionResult } from '../../engine/workflow/engine.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import { WorkflowError } from '../../engine/workflow/errors.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import { cycleCascade } from '../../workflows/excellence/cycle-cascade.ts';
import type { CycleEvent } from '../../workflows/excellence/cycle-machine.ts';
import { AppError } from '../trpc/app-error.ts';
import { freezeFramework, loadFramework } from './framework-store.ts';
import { resolveSubjects } from './subject-types.ts';
import { publishCycleResults } from './publication.ts';
import { cycleWidePublication } from './publication-batch.ts';
import { noticeCyclePublished } from './publication-notices.ts';

export interface CreateCycle {
  number: number;
  year: number;
  nameAr: string;
  nameEn: string;
  frameworkCode: string;
  frameworkVersion?: number | undefined;
  subjectKind: 'entity' | 'centre';
  subjectIds: string[];
  entityTypes?: Record<string, string> | undefined;
  startsOn?: string | undefined;
  endsOn?: string | undefined;
  selfAssessmentDueAt: string;
  appealWindowDays?: number | undefined;
}

/**
 * Creates the cycle row and workflow, and one assessment workflow per subject, in one
 * transaction. The framework version is frozen from here on.
 */
export async function createCycle(
  db: DB,
  engine: WorkflowEngine,
  actor: Actor,
  input: CreateCycle,
  at: Date,
): Promise<{ cycleId: string; assessmentIds: string[] }> {
  return inTransaction(db, async (trx) => {
    const { framework } = await loadFramework(trx, input.frameworkCode, input.frameworkVersion);
    const clash = await trx
      .selectFrom('excellence_cycles')
      .select('id')
      .where('framework_code', '=', framework.code)
      .where('number', '=', input.number)
      .executeTakeFirst();
    if (clash) throw new AppError('CONFLICT', 'errors.excellence.cycleNumberTaken', { number: input.number });
    const subjects = await resolveSubjects(trx, framework, input.subjectKind, [...new Set(input.subjectIds)], input.entityTypes ?? {});
    const cycleId = randomUUID();
    await freezeFramework(trx, framework.code, framework.version);
    await trx
      .insertInto('excellence_cycles')
      .values({
        id: cycleId,
        number: input.number,
        year: input.year,
        name_ar: input.nameAr,
        name_en: input.nameEn,
        framework_code: framework.code,
        framework_version: framework.version,
        subject_kind: input.subjectKind,
        starts_on: input.startsOn ?? null,
        ends_on: input.endsOn ?? null,
        self_assessment_due_at: new Date(input.selfAssessmentDueAt),
        created_at: at,
      })
      .execute();
    await engine.start(
      {
        kind: 'excellence_cycle',
        id: cycleId,
        entityId: null,
        actor,
        input: {
          cycleId,
          number: input.number,
          frameworkCode: framework.code,
          frameworkVersion: framework.version,
          selfAssessmentDueAt: input.selfAssessmentDueAt,
        },
      },
      trx,
    );
    const assessmentIds: string[] = [];
    for (const s of subjects) {
      const id = randomUUID();
      await trx
        .insertInto('excellence_assessments')
        .values({ id, cycle_id: cycleId, subject_id: s.id, entity_id: s.entityId, entity_type: s.entityType })
        .execute();
      await engine.start(
        {
          kind: 'excellence_assessment',
          id,
          entityId: s.entityId,
          actor,
          input: {
            assessmentId: id,
            cycleId,
            entityId: s.entityId,
            entityType: s.entityType,
            selfAssessmentDueAt: input.selfAssessmentDueAt,
            ...(input.appealWindowDays ? { appealWindowDays: input.appealWindowDays } : {}),
          },
        },
        trx,
      );
      assessmentIds.push(id);
    }
    return { cycleId, assessmentIds };
  });
}

export interface CycleMove {
  cycle: TransitionResult;
  /** Per assessment, the cascade events it took. */
  moved: { assessmentId: string; events: string[] }[];
}

/**
 * Moves the cycle and, in the same transaction, sends each of its assessments the events
 * the cascade lists, wherever the assessment's own state and guards accept them.
 */
export async function moveCycle(
  db: DB,
  engine: WorkflowEngine,
  actor: Actor,
  cycleId: string,
  event: { type: CycleEvent['type'] } & Record<string, unknown>,
): Promise<CycleMove> {
  return inTransaction(db, async (trx) => {
    const payload = { ...event };
    if (event.type === 'OPEN') {
      const { count } = await trx
        .selectFrom('excellence_assessments')
        .select((eb) => eb.fn.countAll<string>().as('count'))
        .where('cycle_id', '=', cycleId)
        .executeTakeFirstOrThrow();
      payload.entityCount = Number(count);
    }
    const cycle = await engine.send({ instanceId: cycleId, event: payload, actor }, trx);
    const assessments = await trx.selectFrom('excellence_assessments').select('id').where('cycle_id', '=', cycleId).orderBy('id').execute();
    const moved: CycleMove['moved'] = [];
    // A cycle-wide publish computes the results once, below, rather than in each assessment's effect.
    const effectOptions = event.type === 'PUBLISH' ? cycleWidePublication : {};
    for (const a of assessments) {
      const events: string[] = [];
      for (const type of cycleCascade[event.type]) {
        try {
          await engine.send({ instanceId: a.id, event: { type }, actor, effectOptions }, trx);
          events.push(type);
        } catch (err) {
          // Refused before any write: this step does not apply (already taken, or the
          // assessment is not ready and stays behind on the progress board).
          if (err instanceof WorkflowError && err.code === 'EVENT_NOT_ACCEPTED') continue;
          throw err;
        }
      }
      moved.push({ assessmentId: a.id, events });
    }
    if (event.type === 'PUBLISH') {
      const at = new Date(cycle.snapshot.context.publishedAt ?? Date.now());
      await publishCycleResults(trx, cycleId, at);
      await noticeCyclePublished(trx, cycleId, at);
    }
    return { cycle, moved };
  });
}

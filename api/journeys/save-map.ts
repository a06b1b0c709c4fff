import type { Actor } from '../../engine/workflow/actor.ts';
import type { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import type { DB } from '../db/schema.ts';
import { TRPCError } from '@trpc/server';
import { AppError } from '../trpc/app-error.ts';
import { checkStepFields, type StepReferences } from '../../workflows/journeys/journey-step-check.ts';
import { loadCatalogueReferences } from '../catalogue/catalogue-references.ts';
import { journeyMapSchema, stepCount } from '../../workflows/journeys/journey-map.ts';
import type { JourneyMapInput, JourneyMapVersion } from '../../workflows/journeys/journey-map.ts';
import type { JourneyPhase } from '../../workflows/journeys/journey-machine.ts';
import { loadMaps, requireJourney, writeMap } from './journey-store.ts';

/** Where each version may be edited, and the event that tells the machine it was saved. */
const editable: Record<JourneyMapVersion, { phase: JourneyPhase; event: 'AS_IS_MAP_SAVED' | 'TO_BE_MAP_SAVED' | null }> = {
  as_is: { phase: 'as_is_mapping', event: 'AS_IS_MAP_SAVED' },
  to_be: { phase: 'to_be_design', event: 'TO_BE_MAP_SAVED' },
  post_implementation: { phase: 'implementation', event: null },
};

/**
 * Every bad field of every step, as validation issues (`stages.S.steps.I.<field>`, message
 * `stepErrors.<reason>` in the journeys texts) so the editor shows each beside its field.
 * Nothing is written when there is one.
 */
export function assertStepsValid(input: unknown, references: StepReferences): void {
  const stages = (input as { stages?: unknown } | null)?.stages;
  if (!Array.isArray(stages)) return;
  const issues: { path: string; message: string }[] = [];
  stages.forEach((stage: unknown, s) => {
    const steps = (stage as { steps?: unknown } | null)?.steps;
    if (!Array.isArray(steps)) return;
    steps.forEach((step: unknown, i) => {
      for (const p of checkStepFields(step, references))
        issues.push({ path: `stages.${s}.steps.${i}.${p.field}`, message: `stepErrors.${p.messageKey}` });
    });
  });
  if (issues.length > 0) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'errors.validation',
      cause: Object.assign(new Error('invalid journey steps'), { issues: issues.map((i) => ({ ...i, path: i.path.split('.') })) }),
    });
  }
}

export async function saveJourneyMap(
  db: DB,
  engine: WorkflowEngine,
  journeyId: string,
  input: JourneyMapInput,
  actor: Actor,
  at: Date = new Date(),
) {
  return inTransaction(db, async (trx) => {
    const journey = await requireJourney(trx, journeyId);
    // Checked against the catalogue in the database, as it stands in this transaction.
    assertStepsValid(input, await loadCatalogueReferences(trx));
    const parsed = journeyMapSchema.safeParse({ ...input, journeyId: journey.key });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new AppError('BAD_REQUEST', 'errors.journeys.invalid_map', { path: issue.path.join('.'), message: issue.message });
    }
    const map = parsed.data;
    const rule = editable[map.version];
    if (journey.phase !== rule.phase)
      throw new AppError('PRECONDITION_FAILED', 'errors.journeys.version_not_editable', { version: map.version, phase: journey.phase });
    const existing = (await loadMaps(trx, journey.id))[map.version];
    if (existing?.frozenAt) throw new AppError('PRECONDITION_FAILED', 'errors.journeys.version_frozen', { version: map.version });
    await writeMap(trx, journey.id, map, actor.id, at);
    if (rule.event) {
      await engine.send({ instanceId: journey.id, event: { type: rule.event, stepCount: stepCount(map) }, actor }, trx);
    }
    return { version: map.version, steps: stepCount(map) };
  });
}

import type { TransitionEffectArgs } from '../../engine/workflow/definition.ts';
import type { workshopMachine, WorkshopContext } from '../../workflows/workshops/workshop-machine.ts';
import { productDb, type DB } from '../db/schema.ts';
import { raiseGapRow } from '../improvement/gap-register.ts';
import { appendBundleDesign, loadBundle } from '../bundles/bundle-store.ts';
import { commitmentPlanId } from './commitment-actions.ts';
import { notifyPhaseChange } from './phase-notice.ts';
import { sessionCache } from '../accounts/session-cache.ts';

type Args = TransitionEffectArgs<typeof workshopMachine>;

function leaving(args: Args, phase: WorkshopContext['phase']): boolean {
  return args.before !== null && args.before.context.phase === phase && args.after.context.phase !== phase;
}

async function entityExists(db: DB, id: string | null | undefined): Promise<boolean> {
  if (!id) return false;
  return (await db.selectFrom('entities').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

const entityOfCode = (code: string) => `ent-${code.toLowerCase()}`;

/**
 * Pain points become gaps in the shared register when discovery ends (idempotent per pain
 * point). The gap belongs to the entity providing the service that hurts, else the bundle's
 * governance chair, else the facilitator's entity.
 */
async function raisePainPointGaps(db: DB, context: WorkshopContext, at: Date): Promise<void> {
  const bundle = context.bundleId ? await loadBundle(db, context.bundleId) : undefined;
  // The facilitator's home entity: their facilitator grant's, else any grant's.
  const facilitator = await db
    .selectFrom('user_roles')
    .select('entity_id')
    .where('user_id', '=', context.facilitatorId)
    .where('entity_id', 'is not', null)
    .orderBy((eb) => eb.case().when('role', '=', 'facilitator').then(0).else(1).end())
    .orderBy('entity_id')
    .executeTakeFirst();
  for (const painPoint of context.board.painPoints) {
    const provider = bundle?.services.find((s) => s.id === painPoint.serviceId)?.providedBy;
    const candidates = [provider && entityOfCode(provider), bundle && entityOfCode(bundle.governanceGroup.chair), facilitator?.entity_id];
    let entityId: string | null = null;
    for (const candidate of candidates) {
      if (await entityExists(db, candidate)) {
        entityId = candidate as string;
        break;
      }
    }
    if (!entityId) continue;
    await raiseGapRow(
      db,
      {
        title: painPoint.text,
        description: painPoint.step ?? '',
        entityId,
        severity: 'medium',
        cycleId: context.workshopId,
        source: {
          kind: 'workshop_pain_point',
          containerId: context.workshopId,
          itemId: painPoint.id,
          labelAr: `ورشة التصميم المشترك: ${context.title.ar}`,
          labelEn: `Co-design workshop: ${context.title.en}`,
        },
      },
      at,
    );
  }
}

/** One action plan per committing entity and workshop; the commitments themselves stay on the board. */
async function ensureCommitmentPlan(db: DB, context: WorkshopContext, actorId: string | null, at: Date): Promise<void> {
  const commitment = context.board.commitments.at(-1);
  if (!commitment || !(await entityExists(db, commitment.entityId))) return;
  await db
    .insertInto('action_plans')
    .values({
      id: commitmentPlanId(context.workshopId, commitment.entityId),
      entity_id: commitment.entityId,
      title: `${context.title.ar} | ${context.title.en}`,
      origin: 'workshop',
      origin_id: context.workshopId,
      created_by: actorId,
      created_at: at,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/** Runs inside every workshop transition's transaction: read model, gaps, design history, plans. */
export async function workshopEffects(args: Args): Promise<void> {
  const db = productDb(args.db);
  const context = args.after.context;
  const at = new Date(context.now);
  const row = {
    id: args.instance.id,
    bundle_id: context.bundleId,
    title_ar: context.title.ar,
    title_en: context.title.en,
    facilitator_id: context.facilitatorId,
    phase: context.phase,
    participants: JSON.stringify(context.participants.map((p) => ({ id: p.id, kind: p.kind, entityId: p.entityId, removed: p.removed }))),
    invite_code: null,
    version: args.instance.version,
    created_at: at,
    updated_at: at,
  };
  // The read model keeps only the latest state: within a group, the last event writes it.
  if (!args.followedInTransaction) {
    await db
      .insertInto('workshops')
      .values(row)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({ phase: row.phase, participants: row.participants, version: row.version, updated_at: at }),
      )
      .execute();
  }
  if (context.phase === 'closed') await db.updateTable('workshops').set({ invite_code: null }).where('id', '=', row.id).execute();
  if (args.before !== null && args.before.context.phase !== context.phase) await notifyPhaseChange(db, context, at);
  if (leaving(args, 'discovery')) await raisePainPointGaps(db, context, at);
  if (leaving(args, 'bundle_design') && context.bundleId && context.board.design) {
    await appendBundleDesign(db, context.bundleId, context.board.design, { workshopId: context.workshopId, at });
  }
  if (args.event.type === 'ADD_COMMITMENT') await ensureCommitmentPlan(db, context, args.actor.id, at);
  if (args.event.type === 'REMOVE_PARTICIPANT' && typeof args.event.participantId === 'string') {
    // A removed customer's session ends now; a representative keeps their account but is refused here.
    const guest = await db
      .selectFrom('workshop_guests')
      .select('user_id')
      .where('user_id', '=', args.event.participantId)
      .where('workshop_id', '=', row.id)
      .executeTakeFirst();
    if (guest) {
      await db.deleteFrom('sessions').where('user_id', '=', guest.user_id).execute();
      sessionCache.dropUser(guest.user_id);
    }
  }
}

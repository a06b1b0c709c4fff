import { sql, type SqlBool } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { SessionUser } from '../trpc/context.ts';
import { searchRank, sqlVariantFold } from '../../workflows/search/search-fold.ts';
import { entityScope } from '../improvement/register-access.ts';
import { journeyEntityScope } from '../journeys/journey-access.ts';
import { mayReadWorkshop } from '../workshops/workshop-access.ts';

export const searchKinds = ['entity', 'service', 'journey', 'workshop', 'cycle', 'gap', 'action'] as const;
export type SearchKind = (typeof searchKinds)[number];

export interface SearchHit {
  kind: SearchKind;
  /** What the page opens: the id, a journey's key, a service's code. */
  id: string;
  code: string | null;
  title: { ar: string; en: string };
  entityId: string | null;
  /** Workflow state or status, for a pill beside the hit. */
  state: string | null;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Matches per kind before the per-kind limit. */
  totals: Record<SearchKind, number>;
}

const same = (text: string) => ({ ar: text, en: text });
/** `in ()` is not SQL: an impossible id stands for the empty list. */
const orNone = (ids: readonly string[]) => (ids.length > 0 ? [...ids] : ['']);

interface Candidate extends SearchHit {
  names: string[];
}

/**
 * One search over what this person may open. Each kind is read through its own domain's
 * rule (the register's entity scope for gaps and actions, the journey scope, the workshop's
 * participant list; entities, services and cycles are shown to everyone signed in), then
 * matched with the one fold, so no hit is one the person could not open.
 */
export async function searchEverything(db: DB, user: SessionUser, terms: readonly string[], perKind: number): Promise<SearchResult> {
  const register = entityScope(user);
  const journeyScope = journeyEntityScope(user);
  const [entities, services, journeys, workshops, cycles, gaps, actions] = await Promise.all([
    db.selectFrom('entities').select(['id', 'code', 'name_ar', 'name_en']).where('archived_at', 'is', null).orderBy('code').execute(),
    db
      .selectFrom('services')
      .select(['code', 'name_ar', 'name_en', 'owner_entity_code'])
      .where('retired_at', 'is', null)
      .orderBy('code')
      .execute(),
    (journeyScope === 'all' ? db.selectFrom('journeys') : db.selectFrom('journeys').where('journeys.entity_id', 'in', orNone(journeyScope)))
      .innerJoin('workflow_instances as wi', 'wi.id', 'journeys.id')
      .select(['journeys.id', 'journeys.key', 'journeys.entity_id', 'journeys.title_ar', 'journeys.title_en', 'wi.state'])
      .orderBy('journeys.created_at')
      .execute(),
    db
      .selectFrom('workshops')
      .select(['id', 'title_ar', 'title_en', 'phase', 'facilitator_id', 'participants'])
      .orderBy('updated_at', 'desc')
      .execute(),
    db
      .selectFrom('excellence_cycles as c')
      .innerJoin('workflow_instances as w', 'w.id', 'c.id')
      .select(['c.id', 'c.number', 'c.year', 'c.name_ar', 'c.name_en', 'w.state'])
      .orderBy('c.year', 'desc')
      .orderBy('c.number', 'desc')
      .execute(),
    // Gaps can be many: matched in SQL on the stored fold, with the variant letters folded the same way.
    register !== 'all' && register.length === 0
      ? Promise.resolve([])
      : (register === 'all' ? db.selectFrom('gaps') : db.selectFrom('gaps').where('gaps.entity_id', 'in', register))
          .select(['id', 'code', 'title', 'entity_id', 'status'])
          .where('status', '<>', 'merged')
          .where((eb) =>
            eb.and(
              terms.map(
                (term) => sql<SqlBool>`strpos(translate(gaps.search_text, ${sqlVariantFold.from}, ${sqlVariantFold.to}), ${term}) > 0`,
              ),
            ),
          )
          .orderBy('code')
          .execute(),
    register !== 'all' && register.length === 0
      ? Promise.resolve([])
      : (register === 'all' ? db.selectFrom('actions') : db.selectFrom('actions').where('actions.entity_id', 'in', register))
          .select(['id', 'code', 'title', 'entity_id', 'status'])
          .orderBy('code')
          .execute(),
  ]);
  const entityOfCode = new Map(entities.map((e) => [e.code, e.id]));

  const candidates: Candidate[] = [
    ...entities.map((e) => ({
      kind: 'entity' as const,
      id: e.id,
      code: e.code,
      title: { ar: e.name_ar, en: e.name_en },
      entityId: e.id,
      state: null,
      names: [e.name_ar, e.name_en],
    })),
    ...services.map((s) => ({
      kind: 'service' as const,
      id: s.code,
      code: s.code,
      title: { ar: s.name_ar, en: s.name_en },
      entityId: entityOfCode.get(s.owner_entity_code) ?? null,
      state: null,
      names: [s.name_ar, s.name_en],
    })),
    ...journeys.map((j) => ({
      kind: 'journey' as const,
      id: j.key,
      code: j.key,
      title: { ar: j.title_ar, en: j.title_en },
      entityId: j.entity_id,
      state: j.state,
      names: [j.title_ar, j.title_en],
    })),
    ...workshops
      .filter((w) => mayReadWorkshop(user, { facilitatorId: w.facilitator_id, participants: w.participants }))
      .map((w) => ({
        kind: 'workshop' as const,
        id: w.id,
        code: null,
        title: { ar: w.title_ar, en: w.title_en },
        entityId: null,
        state: w.phase,
        names: [w.title_ar, w.title_en],
      })),
    ...cycles.map((c) => ({
      kind: 'cycle' as const,
      id: c.id,
      code: `${c.year}/${c.number}`,
      title: { ar: c.name_ar, en: c.name_en },
      entityId: null,
      state: c.state,
      names: [c.name_ar, c.name_en],
    })),
    ...gaps.map((g) => ({
      kind: 'gap' as const,
      id: g.id,
      code: g.code,
      title: same(g.title),
      entityId: g.entity_id,
      state: g.status,
      // Already matched in SQL, description included; ranked on the code and title.
      names: [g.title],
      matched: true,
    })),
    ...actions.map((a) => ({
      kind: 'action' as const,
      id: a.id,
      code: a.code,
      title: same(a.title),
      entityId: a.entity_id,
      state: a.status,
      names: [a.title],
    })),
  ];

  const totals = Object.fromEntries(searchKinds.map((k) => [k, 0])) as Record<SearchKind, number>;
  const ranked = candidates
    .map((c, order) => ({ c, order, rank: 'matched' in c ? Math.max(1, searchRank(c, terms)) : searchRank(c, terms) }))
    .filter((r) => r.rank > 0)
    .sort((a, b) => b.rank - a.rank || a.order - b.order);
  const hits: SearchHit[] = [];
  for (const { c } of ranked) {
    totals[c.kind] += 1;
    if (totals[c.kind] <= perKind)
      hits.push({ kind: c.kind, id: c.id, code: c.code, title: c.title, entityId: c.entityId, state: c.state });
  }
  return { hits, totals };
}

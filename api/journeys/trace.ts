import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { keyOfNode, traceFrom, traceNodeKeys, type Trace, type TraceInput, type TraceNode } from '../../workflows/journeys/traceability.ts';
import { journeySteps, type BilingualText } from '../../workflows/journeys/journey-map.ts';
import type { StepChange } from '../../workflows/journeys/journey-diff.ts';
import { loadSignals } from '../cx/cx-signals.ts';
import { diffVersions } from './gap-analysis.ts';
import type { JourneyRecord } from './journey-store.ts';
import { loadMaps } from './journey-store.ts';
import { loadOpportunities } from './opportunities.ts';
import { loadRootCauses } from './root-causes.ts';

/** What the one-page trace shows of a node besides its id. */
export interface TraceNodeDetail {
  title: BilingualText | null;
  /** Gap and action reference (GAP-2026-0001, ACT-0001). */
  code?: string | null;
  /** Change and result kind, complaint category, gap and action status. */
  kind?: string;
  /** Complaint date, action due date. */
  date?: string;
}

export interface JourneyTrace extends Trace {
  details: Record<string, TraceNodeDetail>;
}

const same = (text: string): BilingualText => ({ ar: text, en: text });

/**
 * Loads everything the chain is made of and walks it from one node, both ways. Actions
 * the viewer may not open (another entity's, linked to this journey's gaps) are left out.
 */
export async function traceJourney(
  db: DB,
  journey: JourneyRecord,
  start: TraceNode,
  maySeeActionOf: (entityId: string) => boolean,
): Promise<JourneyTrace> {
  const maps = await loadMaps(db, journey.id);
  const [signals, rootCauses, opportunities, gaps] = await Promise.all([
    loadSignals(db, journey.serviceCodes),
    loadRootCauses(db, journey.id),
    loadOpportunities(db, journey.id),
    // Through the gap's sources, which follow a merge to the surviving gap.
    db
      .selectFrom('gap_sources')
      .innerJoin('gaps', 'gaps.id', 'gap_sources.gap_id')
      .select(['gaps.id', 'gaps.code', 'gaps.title', 'gaps.status', 'gap_sources.item_id'])
      .where('gap_sources.kind', '=', 'journey_difference')
      .where('gap_sources.container_id', '=', journey.id)
      .execute(),
  ]);
  const gapIds = [...new Set(gaps.map((g) => g.id))];
  const actionRows =
    gapIds.length === 0
      ? []
      : await db
          .selectFrom('action_gaps')
          .innerJoin('actions', 'actions.id', 'action_gaps.action_id')
          .select([
            'actions.id',
            'actions.code',
            'actions.title',
            'actions.status',
            'actions.entity_id',
            'actions.due_at',
            'action_gaps.gap_id',
          ])
          .where('action_gaps.gap_id', 'in', gapIds)
          .execute();
  const actions = new Map<string, (typeof actionRows)[number] & { gapIds: string[] }>();
  for (const row of actionRows.filter((a) => maySeeActionOf(a.entity_id)))
    actions.set(row.id, { ...row, gapIds: [...(actions.get(row.id)?.gapIds ?? []), row.gap_id] });

  const changes: StepChange[] = maps.as_is && maps.to_be ? (await diffVersions(db, journey.id, 'as_is', 'to_be')).changes : [];
  const remeasured = maps.as_is && maps.to_be && maps.post_implementation && journey.context.remeasurementId;
  const results: StepChange[] = remeasured ? (await diffVersions(db, journey.id, 'as_is', 'post_implementation')).changes : [];
  // Which to-be steps each post-implementation step comes from, by the same diff the gap analysis uses.
  const toBeOfPost = new Map<string, string[]>();
  if (remeasured)
    for (const g of (await diffVersions(db, journey.id, 'to_be', 'post_implementation')).changes)
      for (const p of g.toStepIds) toBeOfPost.set(p, g.fromStepIds);

  const toBeSteps = maps.to_be ? journeySteps(maps.to_be.map) : [];
  const input: TraceInput = {
    complaints: signals.complaints.map((c) => ({ id: c.id, category: c.category })),
    rootCauses,
    stepIds: maps.as_is ? journeySteps(maps.as_is.map).map((s) => s.id) : [],
    opportunities,
    changes,
    addressedSteps: toBeSteps.map((s) => ({ toBeStepId: s.id, stepIds: s.addressesStepIds })),
    gaps: gaps.map((g) => ({ id: g.id, changeKey: g.item_id })),
    actions: [...actions.values()].map((a) => ({ id: a.id, gapIds: a.gapIds })),
    results: results.map((r) => ({
      key: r.key,
      fromStepIds: r.fromStepIds,
      toBeStepIds: r.toStepIds.flatMap((p) => toBeOfPost.get(p) ?? []),
    })),
  };
  if (!traceNodeKeys(input).has(keyOfNode(start))) throw new AppError('NOT_FOUND', 'errors.journeys.trace_node_unknown');
  const trace = traceFrom(input, start);

  const titles = new Map<string, BilingualText>();
  for (const v of ['post_implementation', 'to_be', 'as_is'] as const)
    for (const s of maps[v] ? journeySteps(maps[v]!.map) : []) titles.set(s.id, s.title);
  const groupTitle = (c: StepChange): BilingualText => {
    const ids = [...c.fromStepIds, ...c.toStepIds.filter((id) => !c.fromStepIds.includes(id))];
    const names = ids.map((id) => titles.get(id) ?? same(id));
    return { ar: names.map((n) => n.ar).join(' + '), en: names.map((n) => n.en).join(' + ') };
  };
  const details: Record<string, TraceNodeDetail> = {};
  const put = (type: TraceNode['type'], id: string, d: TraceNodeDetail) => {
    if (trace.nodes[type].includes(id)) details[keyOfNode({ type, id })] = d;
  };
  for (const c of signals.complaints) put('complaint', c.id, { title: same(c.text), kind: c.category, date: c.date });
  for (const r of rootCauses) put('root_cause', r.id, { title: r.statement, kind: r.type });
  for (const id of input.stepIds) put('step', id, { title: titles.get(id) ?? null });
  for (const o of opportunities) put('opportunity', o.id, { title: o.title });
  for (const c of changes) put('change', c.key, { title: groupTitle(c), kind: c.kind });
  for (const g of gaps) put('gap', g.id, { title: same(g.title), code: g.code, kind: g.status });
  for (const a of actions.values())
    put('action', a.id, { title: same(a.title), code: a.code, kind: a.status, date: new Date(a.due_at).toISOString().slice(0, 10) });
  for (const r of results) put('result', r.key, { title: groupTitle(r), kind: r.kind });
  return { ...trace, details };
}

import type { JourneyMap, JourneyMapVersion, JourneyStep } from './journey-map.ts';
import { journeySteps } from './journey-map.ts';
import type { JourneyMetrics } from './journey-metrics.ts';
import { measureSteps, subtractMetrics } from './journey-metrics.ts';

/**
 * How a group of linked steps changed. Groups are the connected components of the
 * "comes from" links between the two versions, so every step belongs to exactly one
 * group and the group savings add up to the map totals without double counting.
 */
export type StepChangeKind = 'removed' | 'added' | 'merged' | 'split' | 'regrouped' | 'changed' | 'unchanged';

/** Step fields compared for a one-to-one pair. */
export const comparedStepFields = [
  'title',
  'stage',
  'channel',
  'entityId',
  'visitRequired',
  'documentIds',
  'waitingMinutes',
  'handlingMinutes',
  'fee',
  'emotion',
  'backstage',
  'painPoints',
] as const;
export type ComparedStepField = (typeof comparedStepFields)[number];

export interface StepChange {
  /** Stable key for the gap register: same two versions give the same keys. */
  key: string;
  kind: StepChangeKind;
  fromStepIds: string[];
  toStepIds: string[];
  /** Only for one-to-one pairs. */
  changedFields: ComparedStepField[];
  before: JourneyMetrics;
  after: JourneyMetrics;
  /** before - after: positive means the customer saves. */
  saved: JourneyMetrics;
}

export interface JourneyDiff {
  journeyId: string;
  fromVersion: JourneyMapVersion;
  toVersion: JourneyMapVersion;
  /** In the order of the later version, removed steps after them in the order of the earlier one. */
  changes: StepChange[];
  counts: Record<StepChangeKind, number>;
  totals: { before: JourneyMetrics; after: JourneyMetrics; saved: JourneyMetrics };
  /** `fromStepIds` that name a step found in neither map nor any intermediate version. */
  unknownSourceIds: string[];
}

export interface DiffOptions {
  /**
   * Versions between `from` and `to`, oldest first, used to follow links through
   * them (e.g. as-is vs post-implementation, whose steps point at to-be steps).
   */
  via?: readonly JourneyMap[];
}

interface Located {
  step: JourneyStep;
  stageId: string;
}

function locate(map: JourneyMap): Map<string, Located> {
  const out = new Map<string, Located>();
  for (const stage of map.stages) for (const step of stage.steps) out.set(step.id, { step, stageId: stage.id });
  return out;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sa = [...a].sort();
  const sb = [...b].sort();
  return sa.every((v, i) => v === sb[i]);
}

function changedFields(a: Located, b: Located): ComparedStepField[] {
  const x = a.step;
  const y = b.step;
  const out: ComparedStepField[] = [];
  if (x.title.ar !== y.title.ar || x.title.en !== y.title.en) out.push('title');
  if (a.stageId !== b.stageId) out.push('stage');
  if (x.channel !== y.channel) out.push('channel');
  if (x.entityId !== y.entityId) out.push('entityId');
  if (x.visitRequired !== y.visitRequired) out.push('visitRequired');
  if (!sameSet(x.documentIds, y.documentIds)) out.push('documentIds');
  if (x.waitingMinutes !== y.waitingMinutes) out.push('waitingMinutes');
  if (x.handlingMinutes !== y.handlingMinutes) out.push('handlingMinutes');
  if (x.fee !== y.fee) out.push('fee');
  if (x.emotion !== y.emotion) out.push('emotion');
  if (x.backstage !== y.backstage) out.push('backstage');
  if (
    !sameSet(
      x.painPoints.map((p) => p.id),
      y.painPoints.map((p) => p.id),
    )
  )
    out.push('painPoints');
  return out;
}

function kindOf(fromCount: number, toCount: number, changed: number): StepChangeKind {
  if (toCount === 0) return 'removed';
  if (fromCount === 0) return 'added';
  if (fromCount > 1 && toCount === 1) return 'merged';
  if (fromCount === 1 && toCount > 1) return 'split';
  if (fromCount > 1) return 'regrouped';
  return changed > 0 ? 'changed' : 'unchanged';
}

/** Compares two versions of one journey: what went, what merged, what was added, what each saves. */
export function diffJourneyMaps(from: JourneyMap, to: JourneyMap, options: DiffOptions = {}): JourneyDiff {
  const fromSteps = locate(from);
  const toSteps = locate(to);
  const intermediates = (options.via ?? []).map(locate);
  const unknown = new Set<string>();

  // Versions as levels: `from` is -1, `via` 0..n-1, `to` n. A reference points one level
  // down; when the id is not there it is looked for further down (a skipped version).
  const resolve = (id: string, level: number, explicit: boolean): string[] => {
    if (level < 0) {
      if (fromSteps.has(id)) return [id];
      if (explicit) unknown.add(id);
      return [];
    }
    const found = intermediates[level]?.get(id);
    if (!found) return resolve(id, level - 1, explicit);
    const links = found.step.fromStepIds;
    return links.length > 0 ? links.flatMap((s) => resolve(s, level - 1, true)) : resolve(id, level - 1, false);
  };

  // Union-find over "from:<id>" and "to:<id>" nodes.
  const parent = new Map<string, string>();
  const find = (n: string): string => {
    let root = n;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(n, root);
    return root;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  for (const id of fromSteps.keys()) parent.set(`from:${id}`, `from:${id}`);
  for (const id of toSteps.keys()) parent.set(`to:${id}`, `to:${id}`);

  const below = intermediates.length - 1;
  for (const [id, { step }] of toSteps) {
    const sources = step.fromStepIds.length > 0 ? step.fromStepIds.flatMap((s) => resolve(s, below, true)) : resolve(id, below, false);
    for (const r of sources) union(`to:${id}`, `from:${r}`);
  }

  const groups = new Map<string, { from: string[]; to: string[] }>();
  const groupOf = (node: string) => {
    const root = find(node);
    let g = groups.get(root);
    if (!g) {
      g = { from: [], to: [] };
      groups.set(root, g);
    }
    return g;
  };
  // Insertion order: later version first, so changes follow the new journey.
  for (const id of toSteps.keys()) groupOf(`to:${id}`).to.push(id);
  for (const id of fromSteps.keys()) groupOf(`from:${id}`).from.push(id);

  const counts: Record<StepChangeKind, number> = { removed: 0, added: 0, merged: 0, split: 0, regrouped: 0, changed: 0, unchanged: 0 };
  const changes: StepChange[] = [];
  for (const g of groups.values()) {
    const before = measureSteps(g.from.map((id) => fromSteps.get(id)!.step));
    const after = measureSteps(g.to.map((id) => toSteps.get(id)!.step));
    const fields = g.from.length === 1 && g.to.length === 1 ? changedFields(fromSteps.get(g.from[0]!)!, toSteps.get(g.to[0]!)!) : [];
    const kind = kindOf(g.from.length, g.to.length, fields.length);
    counts[kind] += 1;
    changes.push({
      key: `${kind}:${g.from.join('+')}>${g.to.join('+')}`,
      kind,
      fromStepIds: g.from,
      toStepIds: g.to,
      changedFields: fields,
      before,
      after,
      saved: subtractMetrics(before, after),
    });
  }

  const before = measureSteps(journeySteps(from));
  const after = measureSteps(journeySteps(to));
  return {
    journeyId: to.journeyId,
    fromVersion: from.version,
    toVersion: to.version,
    changes,
    counts,
    totals: { before, after, saved: subtractMetrics(before, after) },
    unknownSourceIds: [...unknown],
  };
}

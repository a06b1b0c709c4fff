import { profileKey, type ShopperChannel, type ShopperProfile } from './profile.ts';
import { seededRandom } from './random.ts';

/** Visits one centre must receive on one channel in the period, all played to one scenario. */
export interface VisitQuota {
  centreId: string;
  entityId: string;
  channel: ShopperChannel;
  scenarioId: string;
  visits: number;
}

export interface PlannableShopper {
  id: string;
  profile: ShopperProfile;
  /** ISO weekdays (1 = Monday ... 7 = Sunday) the shopper can visit. */
  weekdays: readonly number[];
  /** Most visits in one period. */
  maxVisits: number;
  /** Entities the shopper works for or is related to: never visited by them. */
  conflictEntityIds: readonly string[];
}

export interface PlannedVisit {
  centreId: string;
  entityId: string;
  channel: ShopperChannel;
  scenarioId: string;
  shopperId: string;
  /** yyyy-mm-dd within the period. */
  date: string;
}

/** Why a slot could not be filled: every shopper conflicts, every free one is full, or none is free on a day left. */
export type ShortfallReason = 'conflicts' | 'capacity' | 'availability';

export interface Shortfall {
  centreId: string;
  channel: ShopperChannel;
  missing: number;
  reason: ShortfallReason;
}

export interface PlanResult {
  visits: PlannedVisit[];
  shortfalls: Shortfall[];
}

export interface PlanInput {
  /** yyyy-mm-dd, both inclusive. */
  startsOn: string;
  endsOn: string;
  quotas: readonly VisitQuota[];
  shoppers: readonly PlannableShopper[];
  seed: number;
}

const dayMs = 86_400_000;

/** A shopper never visits an entity they work for or are related to. */
export function conflictsWith(shopper: Pick<PlannableShopper, 'conflictEntityIds'>, entityId: string): boolean {
  return shopper.conflictEntityIds.includes(entityId);
}

/** The period's days as yyyy-mm-dd with their ISO weekday. */
export function periodDays(startsOn: string, endsOn: string): { date: string; weekday: number }[] {
  const out: { date: string; weekday: number }[] = [];
  const end = Date.parse(`${endsOn}T00:00:00Z`);
  for (let t = Date.parse(`${startsOn}T00:00:00Z`); t <= end; t += dayMs) {
    const d = new Date(t);
    out.push({ date: d.toISOString().slice(0, 10), weekday: d.getUTCDay() === 0 ? 7 : d.getUTCDay() });
  }
  return out;
}

/**
 * Generates a period's visits. Every quota slot goes to the best eligible shopper: one who has
 * not visited that centre yet, then one whose kind of customer (profile) the centre has not met,
 * then the least loaded, ties broken by the seed. A slot nobody can fill is reported with why.
 * Pure and deterministic: the same input and seed give the same plan.
 */
export function planVisits(input: PlanInput): PlanResult {
  const random = seededRandom(input.seed);
  const days = periodDays(input.startsOn, input.endsOn);
  // A seeded order for tie-breaks, drawn once so it does not depend on how often random is called later.
  const tieRank = new Map([...input.shoppers].map((s) => [s.id, random()]));
  const load = new Map<string, number>();
  const busyDays = new Map<string, Set<string>>();
  const visitsAt = new Map<string, PlannedVisit[]>();
  const visits: PlannedVisit[] = [];
  const shortfalls: Shortfall[] = [];
  const byId = new Map(input.shoppers.map((s) => [s.id, s]));

  const freeDays = (s: PlannableShopper) =>
    days.filter((d) => s.weekdays.includes(d.weekday) && !(busyDays.get(s.id)?.has(d.date) ?? false));

  const quotas = [...input.quotas].sort((a, b) =>
    a.centreId === b.centreId ? a.channel.localeCompare(b.channel) : a.centreId.localeCompare(b.centreId),
  );
  for (const quota of quotas) {
    let missing = 0;
    let reason: ShortfallReason = 'availability';
    for (let slot = 0; slot < quota.visits; slot++) {
      const here = visitsAt.get(quota.centreId) ?? [];
      const free = input.shoppers.filter((s) => !conflictsWith(s, quota.entityId));
      const withRoom = free.filter((s) => (load.get(s.id) ?? 0) < s.maxVisits);
      const candidates = withRoom.filter((s) => freeDays(s).length > 0);
      if (candidates.length === 0) {
        missing++;
        reason = free.length === 0 ? 'conflicts' : withRoom.length === 0 ? 'capacity' : 'availability';
        continue;
      }
      const seenHere = (s: PlannableShopper) => here.filter((v) => v.shopperId === s.id).length;
      const sameKind = (s: PlannableShopper) =>
        here.filter((v) => profileKey(byId.get(v.shopperId)!.profile) === profileKey(s.profile)).length;
      const rank = (s: PlannableShopper) => [seenHere(s), sameKind(s), load.get(s.id) ?? 0, tieRank.get(s.id)!] as const;
      const best = candidates.reduce((a, b) => {
        const ra = rank(a);
        const rb = rank(b);
        for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! < rb[i]! ? a : b;
        return a.id < b.id ? a : b;
      });
      const open = freeDays(best);
      const day = open[Math.floor(random() * open.length)]!;
      const visit: PlannedVisit = {
        centreId: quota.centreId,
        entityId: quota.entityId,
        channel: quota.channel,
        scenarioId: quota.scenarioId,
        shopperId: best.id,
        date: day.date,
      };
      visits.push(visit);
      visitsAt.set(quota.centreId, [...here, visit]);
      load.set(best.id, (load.get(best.id) ?? 0) + 1);
      busyDays.set(best.id, new Set([...(busyDays.get(best.id) ?? []), day.date]));
    }
    if (missing > 0) shortfalls.push({ centreId: quota.centreId, channel: quota.channel, missing, reason });
  }
  return { visits, shortfalls };
}

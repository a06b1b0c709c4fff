import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageBands, genders, nationalityGroups, profileKey, shopperChannels, type ShopperProfile } from './profile.ts';
import { periodDays, planVisits, type PlanInput, type PlannableShopper } from './visit-plan.ts';

const entities = ['e1', 'e2', 'e3'];

const profile: fc.Arbitrary<ShopperProfile> = fc.record({
  nationalityGroup: fc.constantFrom(...nationalityGroups),
  ageBand: fc.constantFrom(...ageBands),
  gender: fc.constantFrom(...genders),
  language: fc.constantFrom('ar' as const, 'en' as const),
  disability: fc.boolean(),
});

const shopper = (i: number): fc.Arbitrary<PlannableShopper> =>
  fc.record({
    id: fc.constant(`s${i}`),
    profile,
    weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 0, maxLength: 7 }),
    maxVisits: fc.integer({ min: 0, max: 6 }),
    conflictEntityIds: fc.subarray(entities),
  });

const planInput: fc.Arbitrary<PlanInput> = fc
  .record({
    shopperCount: fc.integer({ min: 0, max: 12 }),
    centres: fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: 9 }), fc.constantFrom(...entities)), {
      minLength: 1,
      maxLength: 6,
      selector: ([c]) => c,
    }),
    seed: fc.integer(),
    days: fc.integer({ min: 1, max: 20 }),
  })
  .chain(({ shopperCount, centres, seed, days }) =>
    fc.record({
      startsOn: fc.constant('2026-03-01'),
      endsOn: fc.constant(new Date(Date.parse('2026-03-01') + (days - 1) * 86_400_000).toISOString().slice(0, 10)),
      seed: fc.constant(seed),
      shoppers: fc.tuple(...Array.from({ length: shopperCount }, (_, i) => shopper(i))),
      quotas: fc.tuple(
        ...centres.map(([c, entityId]) =>
          fc.record({
            centreId: fc.constant(`c${c}`),
            entityId: fc.constant(entityId),
            channel: fc.constantFrom(...shopperChannels),
            scenarioId: fc.constant(`sc${c}`),
            visits: fc.integer({ min: 0, max: 5 }),
          }),
        ),
      ),
    }),
  );

describe('planVisits', () => {
  it('meets every quota or reports exactly what it could not meet', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const plan = planVisits(input);
        for (const q of input.quotas) {
          const planned = plan.visits.filter((v) => v.centreId === q.centreId && v.channel === q.channel).length;
          const missing = plan.shortfalls.find((s) => s.centreId === q.centreId && s.channel === q.channel)?.missing ?? 0;
          expect(planned + missing).toBe(q.visits);
        }
      }),
    );
  });

  it('never sends a shopper to an entity they conflict with, off their days, twice a day or over their limit', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const plan = planVisits(input);
        const days = new Map(periodDays(input.startsOn, input.endsOn).map((d) => [d.date, d.weekday]));
        for (const v of plan.visits) {
          const s = input.shoppers.find((x) => x.id === v.shopperId)!;
          expect(s.conflictEntityIds).not.toContain(v.entityId);
          expect(days.has(v.date)).toBe(true);
          expect(s.weekdays).toContain(days.get(v.date));
        }
        for (const s of input.shoppers) {
          const mine = plan.visits.filter((v) => v.shopperId === s.id);
          expect(mine.length).toBeLessThanOrEqual(s.maxVisits);
          expect(new Set(mine.map((v) => v.date)).size).toBe(mine.length);
        }
      }),
    );
  });

  it('is the same plan for the same seed', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        expect(planVisits(input)).toEqual(planVisits(structuredClone(input)));
      }),
    );
  });

  it('spreads a centre over distinct shoppers and as many kinds of customer as the pool has, when nothing else limits it', () => {
    fc.assert(
      fc.property(
        fc.array(profile, { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer(),
        (profiles, visits, seed) => {
          const shoppers = profiles.map((p, i) => ({
            id: `s${i}`,
            profile: p,
            weekdays: [1, 2, 3, 4, 5, 6, 7],
            maxVisits: 100,
            conflictEntityIds: [],
          }));
          const plan = planVisits({
            startsOn: '2026-03-01',
            endsOn: '2026-03-31',
            seed,
            shoppers,
            quotas: [{ centreId: 'c1', entityId: 'e1', channel: 'centre', scenarioId: 'sc', visits }],
          });
          expect(plan.shortfalls).toEqual([]);
          const used = plan.visits.map((v) => v.shopperId);
          expect(new Set(used).size).toBe(Math.min(visits, shoppers.length));
          const kinds = new Set(profiles.map(profileKey)).size;
          expect(new Set(used.map((id) => profileKey(shoppers.find((s) => s.id === id)!.profile))).size).toBe(Math.min(visits, kinds));
        },
      ),
    );
  });

  it('says why a slot stays empty', () => {
    const base = { startsOn: '2026-03-02', endsOn: '2026-03-02', seed: 1 }; // a Monday
    const p: ShopperProfile = { nationalityGroup: 'citizen', ageBand: '18_29', gender: 'female', language: 'ar', disability: false };
    const quota = { centreId: 'c1', entityId: 'e1', channel: 'phone' as const, scenarioId: 'sc', visits: 2 };
    const one = (over: Partial<PlannableShopper>) => [
      { id: 's1', profile: p, weekdays: [1], maxVisits: 5, conflictEntityIds: [], ...over },
    ];
    expect(planVisits({ ...base, quotas: [quota], shoppers: one({ conflictEntityIds: ['e1'] }) }).shortfalls).toEqual([
      { centreId: 'c1', channel: 'phone', missing: 2, reason: 'conflicts' },
    ]);
    expect(planVisits({ ...base, quotas: [quota], shoppers: one({ maxVisits: 0 }) }).shortfalls[0]!.reason).toBe('capacity');
    // One Monday: the shopper takes one visit and has no day left for the second.
    const plan = planVisits({ ...base, quotas: [quota], shoppers: one({}) });
    expect(plan.visits).toHaveLength(1);
    expect(plan.shortfalls).toEqual([{ centreId: 'c1', channel: 'phone', missing: 1, reason: 'availability' }]);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateThreshold, isBreaching, thresholdInputSchema, type BreachState } from './threshold.ts';
import { figuresOf } from './metrics.ts';
import { localDayStart, windowRange } from './windows.ts';

const t0 = Date.parse('2026-03-01T08:00:00Z');
const minute = 60_000;

describe('threshold evaluation', () => {
  const waitAbove15For10 = { comparison: 'above' as const, target: 15, sustainMinutes: 10 };

  it('alerts a wait above 15 minutes only once it has lasted 10 minutes, and forgets it when back within target', () => {
    let state: BreachState = { since: null };
    const look = (atMin: number, value: number | null) => {
      const r = evaluateThreshold(waitAbove15For10, value, state, new Date(t0 + atMin * minute));
      state = r.state;
      return r.verdict;
    };
    expect(look(0, 12)).toBe('within');
    expect(look(1, 16)).toBe('pending');
    expect(look(10, 20)).toBe('pending');
    expect(look(11, 18)).toBe('breached');
    expect(look(12, 15)).toBe('within');
    expect(state.since).toBeNull();
    // A new breach waits its full 10 minutes again.
    expect(look(13, 30)).toBe('pending');
    expect(look(22, 30)).toBe('pending');
    expect(look(23, 30)).toBe('breached');
  });

  it('judges nothing without data, and "below" the other way round', () => {
    expect(isBreaching({ comparison: 'below', target: 0.8 }, null)).toBe(false);
    expect(isBreaching({ comparison: 'below', target: 0.8 }, 0.79)).toBe(true);
    expect(isBreaching({ comparison: 'below', target: 0.8 }, 0.8)).toBe(false);
    expect(evaluateThreshold({ comparison: 'below', target: 0.8, sustainMinutes: 0 }, 0.5, { since: null }, new Date(t0)).verdict).toBe(
      'breached',
    );
  });

  it('never breaches before the sustain time has passed since the first look out of target (any series of looks)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.array(fc.record({ gap: fc.integer({ min: 0, max: 20 }), value: fc.option(fc.double({ min: 0, max: 40, noNaN: true })) }), {
          maxLength: 40,
        }),
        (sustain, looks) => {
          const t = { comparison: 'above' as const, target: 15, sustainMinutes: sustain };
          let state: BreachState = { since: null };
          let at = t0;
          let outSince: number | null = null;
          for (const look of looks) {
            at += look.gap * minute;
            const r = evaluateThreshold(t, look.value, state, new Date(at));
            const out = look.value !== null && look.value > 15;
            if (!out) outSince = null;
            else outSince ??= at;
            expect(r.verdict).toBe(!out ? 'within' : at - outSince! >= sustain * minute ? 'breached' : 'pending');
            state = r.state;
          }
        },
      ),
    );
  });
});

describe('targets as a programme manager writes them', () => {
  const base = {
    scope: { kind: 'centre', centreCode: 'MOI-C01' },
    window: 'last15',
    comparison: 'above',
    sustainMinutes: 10,
    escalateAfterMinutes: 30,
  };
  it('takes a wait target in minutes and refuses a share above 100% with a translated key', () => {
    expect(thresholdInputSchema.safeParse({ ...base, metric: 'average_wait', target: 15 }).success).toBe(true);
    const bad = thresholdInputSchema.safeParse({ ...base, metric: 'satisfaction', target: 80 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('commandCentre.threshold.target');
  });
});

describe('figures and windows', () => {
  it('derives averages and shares from sums, and nothing from nothing', () => {
    const f = figuresOf({
      served: 3,
      abandoned: 1,
      called: 4,
      waitSeconds: 4 * 600,
      serviceSeconds: 3 * 300,
      timedServed: 3,
      surveyed: 2,
      satisfied: 1,
    });
    expect(f).toEqual({
      served: 3,
      abandoned: 1,
      averageWaitMinutes: 10,
      averageServiceMinutes: 5,
      efficiency: 0.75,
      satisfaction: 0.5,
      surveyed: 2,
    });
    expect(
      figuresOf({ served: 0, abandoned: 0, called: 0, waitSeconds: 0, serviceSeconds: 0, timedServed: 0, surveyed: 0, satisfied: 0 }),
    ).toMatchObject({
      averageWaitMinutes: null,
      efficiency: null,
      satisfaction: null,
    });
  });

  it('starts today at local midnight (UTC+3) and the week on the local Sunday', () => {
    // 2026-03-04 is a Wednesday; 22:30 UTC is already Thursday 01:30 locally.
    const now = new Date('2026-03-04T22:30:00Z');
    expect(localDayStart(now).toISOString()).toBe('2026-03-04T21:00:00.000Z');
    expect(windowRange('week', now).from.toISOString()).toBe('2026-02-28T21:00:00.000Z');
    expect(windowRange('last15', now).from.toISOString()).toBe('2026-03-04T22:15:00.000Z');
  });
});

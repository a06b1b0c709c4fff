import { z } from 'zod';
import { journeyChannels } from '../journeys/journey-map.ts';
import type { WindowFigures } from './metrics.ts';

/** What a target can be set on; each reads one figure of the board. */
export const thresholdMetrics = ['average_wait', 'average_service', 'satisfaction', 'efficiency', 'abandoned'] as const;
export type ThresholdMetric = (typeof thresholdMetrics)[number];

/** The windows a target is checked over (the week is for reports, not alarms). */
export const thresholdWindows = ['last15', 'last60', 'today'] as const;
export type ThresholdWindow = (typeof thresholdWindows)[number];

export const thresholdMessageKeys = {
  target: 'commandCentre.threshold.target',
  minutes: 'commandCentre.threshold.minutes',
  scope: 'commandCentre.threshold.scope',
} as const;

const minutes = z
  .number({ error: thresholdMessageKeys.minutes })
  .int({ error: thresholdMessageKeys.minutes })
  .min(0, { error: thresholdMessageKeys.minutes })
  .max(7 * 24 * 60, { error: thresholdMessageKeys.minutes });

/**
 * A programme manager's target for a centre, or for every centre of one channel. "Wait above
 * 15 minutes for 10 minutes" is { average_wait, last15, above, 15, sustain 10 }; "satisfaction
 * below 80% today" is { satisfaction, today, below, 0.8, sustain 0 }. Shares are 0–1.
 */
export const thresholdInputSchema = z
  .object({
    scope: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('centre'), centreCode: z.string().min(1).max(40) }),
      z.object({ kind: z.literal('channel'), channel: z.enum(journeyChannels) }),
    ]),
    metric: z.enum(thresholdMetrics),
    window: z.enum(thresholdWindows),
    comparison: z.enum(['above', 'below']),
    target: z.number({ error: thresholdMessageKeys.target }).min(0, { error: thresholdMessageKeys.target }).max(100_000),
    sustainMinutes: minutes,
    /** How long a breach stays with the centre before it goes up to the programme manager. */
    escalateAfterMinutes: minutes.pipe(z.number().min(1, { error: thresholdMessageKeys.minutes })),
  })
  .refine((t) => !(t.metric === 'satisfaction' || t.metric === 'efficiency') || t.target <= 1, {
    path: ['target'],
    error: thresholdMessageKeys.target,
  });
export type ThresholdInput = z.infer<typeof thresholdInputSchema>;

export interface Threshold extends ThresholdInput {
  id: string;
}

/** The figure a metric reads; null when the window has nothing to judge (no ticket, no answer). */
export function metricValue(metric: ThresholdMetric, f: WindowFigures): number | null {
  switch (metric) {
    case 'average_wait':
      return f.averageWaitMinutes;
    case 'average_service':
      return f.averageServiceMinutes;
    case 'satisfaction':
      return f.satisfaction;
    case 'efficiency':
      return f.efficiency;
    case 'abandoned':
      return f.abandoned;
  }
}

export function isBreaching(t: Pick<Threshold, 'comparison' | 'target'>, value: number | null): boolean {
  if (value === null) return false;
  return t.comparison === 'above' ? value > t.target : value < t.target;
}

/** Since when a (threshold, centre) pair has been out of target; null while within it. */
export interface BreachState {
  since: string | null;
}

export type Verdict =
  /** Within target. */
  | 'within'
  /** Out of target, not yet for the sustain time. */
  | 'pending'
  /** Out of target for at least the sustain time: an alert is owed (once). */
  | 'breached';

/**
 * One look at a pair: out of target since `since`, for at least `sustainMinutes`, is a breach.
 * Back within target forgets the start, so a later breach waits its full sustain time again.
 */
export function evaluateThreshold(
  t: Pick<Threshold, 'comparison' | 'target' | 'sustainMinutes'>,
  value: number | null,
  state: BreachState,
  now: Date,
): { verdict: Verdict; state: BreachState } {
  if (!isBreaching(t, value)) return { verdict: 'within', state: { since: null } };
  const since = state.since ?? now.toISOString();
  const outFor = now.getTime() - Date.parse(since);
  return { verdict: outFor >= t.sustainMinutes * 60_000 ? 'breached' : 'pending', state: { since } };
}

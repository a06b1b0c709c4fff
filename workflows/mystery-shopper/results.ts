import type { ShopperChannel } from './profile.ts';

/** An accepted visit as results read it. */
export interface ScoredVisit {
  periodId: string;
  centreId: string;
  channel: ShopperChannel;
  score: number | null;
}

export interface ChannelScore {
  channel: ShopperChannel;
  visits: number;
  /** Mean of the scored visits, percent; null when none was scored. */
  score: number | null;
}

export interface CentreScore {
  centreId: string;
  channels: ChannelScore[];
  /**
   * The centre's mystery-shopper score: the mean of its channel scores, so a channel measured
   * often does not outweigh one measured once. This is what feeds the star-rating composite.
   */
  score: number | null;
}

const mean = (xs: readonly number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Scores per centre and channel from accepted visits (one period's, or a year's). Centres and channels in a stable order. */
export function centreScores(visits: readonly ScoredVisit[]): CentreScore[] {
  const byCentre = new Map<string, Map<ShopperChannel, number[]>>();
  const counts = new Map<string, number>();
  for (const v of visits) {
    const channels = byCentre.get(v.centreId) ?? new Map<ShopperChannel, number[]>();
    const list = channels.get(v.channel) ?? [];
    if (v.score !== null) list.push(v.score);
    channels.set(v.channel, list);
    byCentre.set(v.centreId, channels);
    counts.set(`${v.centreId}/${v.channel}`, (counts.get(`${v.centreId}/${v.channel}`) ?? 0) + 1);
  }
  return [...byCentre.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([centreId, channels]) => {
      const rows = [...channels.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([channel, scores]) => ({ channel, visits: counts.get(`${centreId}/${channel}`)!, score: mean(scores) }));
      return { centreId, channels: rows, score: mean(rows.flatMap((r) => (r.score === null ? [] : [r.score]))) };
    });
}

/** A centre's score in each period, in the order the periods are given: the trend. */
export function centreTrend(periodIds: readonly string[], visits: readonly ScoredVisit[], centreId: string): (number | null)[] {
  return periodIds.map((p) => centreScores(visits.filter((v) => v.periodId === p && v.centreId === centreId))[0]?.score ?? null);
}

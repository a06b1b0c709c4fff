/**
 * Narrowing the prioritisation to a period and a channel. The catalogue gives a yearly
 * volume for all channels; a period takes its share of days, a channel the share of the
 * service's survey answers in that channel (the observed mix), or an even split of the
 * catalogue's channels when no answer says otherwise.
 */
export interface ChannelShare {
  share: number;
  source: 'survey_mix' | 'catalogue_channels' | 'not_offered' | 'all_channels';
}

/** Days from `from` to `to` (YYYY-MM-DD), both included; 0 when reversed. */
export function daysInPeriod(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Number.isFinite(ms) && ms >= 0 ? Math.round(ms / 86_400_000) + 1 : 0;
}

/**
 * `answersByChannel`: the service's survey answers in the period, per channel.
 * `offered`: the catalogue's channels for the service.
 */
export function channelShare(
  channel: string | null,
  answersByChannel: Readonly<Record<string, number>>,
  offered: readonly string[],
): ChannelShare {
  if (channel === null) return { share: 1, source: 'all_channels' };
  const total = Object.values(answersByChannel).reduce((n, v) => n + v, 0);
  if (total > 0) return { share: (answersByChannel[channel] ?? 0) / total, source: 'survey_mix' };
  if (offered.includes(channel)) return { share: 1 / offered.length, source: 'catalogue_channels' };
  return { share: 0, source: 'not_offered' };
}

/** Transactions in the scope: yearly volume × days/365 (a whole year when no period) × channel share. */
export function scopedVolume(annualVolume: number, days: number | null, share: number): number {
  return (annualVolume * (days ?? 365) * share) / 365;
}

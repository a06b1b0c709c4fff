/** The windows the board shows: the last 15 and 60 minutes, the day so far, the week so far. */
export const boardWindows = ['last15', 'last60', 'today', 'week'] as const;
export type BoardWindow = (typeof boardWindows)[number];

/**
 * The programme's day runs on its own clock (Gulf time, UTC+3 by default): "today" starts
 * at local midnight, "this week" on the local Sunday, the first working day.
 */
export const defaultUtcOffsetMinutes = 180;

export interface WindowRange {
  from: Date;
  to: Date;
}

/** The start of the local day holding `now`, as an instant. */
export function localDayStart(now: Date, offsetMinutes = defaultUtcOffsetMinutes): Date {
  const local = now.getTime() + offsetMinutes * 60_000;
  const dayMs = 24 * 60 * 60_000;
  return new Date(Math.floor(local / dayMs) * dayMs - offsetMinutes * 60_000);
}

/** The local calendar day (YYYY-MM-DD) holding `now`. */
export function localDate(now: Date, offsetMinutes = defaultUtcOffsetMinutes): string {
  return new Date(now.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

export function windowRange(window: BoardWindow, now: Date, offsetMinutes = defaultUtcOffsetMinutes): WindowRange {
  switch (window) {
    case 'last15':
      return { from: new Date(now.getTime() - 15 * 60_000), to: now };
    case 'last60':
      return { from: new Date(now.getTime() - 60 * 60_000), to: now };
    case 'today':
      return { from: localDayStart(now, offsetMinutes), to: now };
    case 'week': {
      const day = localDayStart(now, offsetMinutes);
      // getUTCDay of the local midnight shifted back to local time: 0 is Sunday.
      const weekday = new Date(day.getTime() + offsetMinutes * 60_000).getUTCDay();
      return { from: new Date(day.getTime() - weekday * 24 * 60 * 60_000), to: now };
    }
  }
}

import type { ReactNode } from 'react';

export type Tone = 'neutral' | 'success' | 'warning' | 'danger' | 'info' | 'accent';

export function StatusPill({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`pill pill--${tone}`}>{children}</span>;
}

/**
 * A tone guessed from common state names so domains get sensible colours before they
 * choose their own.
 */
export function toneOfState(state: string): Tone {
  const s = state.toLowerCase();
  if (/(approved|done|complete|closed|published|accepted|final)/.test(s)) return 'success';
  if (/(expired|rejected|cancel|overdue|failed|escalat)/.test(s)) return 'danger';
  if (/(submitted|review|pending|waiting)/.test(s)) return 'warning';
  if (/(draft|open|new)/.test(s)) return 'info';
  return 'neutral';
}

import type { Tone } from '../../design/components/StatusPill.tsx';

/** The colour of each phase's pill. */
export const phaseTone: Record<string, Tone> = {
  draft: 'neutral',
  scheduled: 'info',
  open: 'success',
  closed: 'warning',
  responded: 'accent',
};

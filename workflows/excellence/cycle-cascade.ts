import type { CycleEvent } from './cycle-machine.ts';
import type { AssessmentEvent } from './assessment-machine.ts';

type CycleEventType = CycleEvent['type'];
type AssessmentEventType = AssessmentEvent['type'];

/**
 * What moving the cycle asks of each of its assessments, in order. The API sends each
 * event (all payload-free) to every assessment whose snapshot `can()` take it, as the
 * programme manager who moved the cycle; assessments that cannot (e.g. no team yet) stay
 * where they are and show up as behind on the progress board.
 */
export const cycleCascade: Readonly<Record<CycleEventType, readonly AssessmentEventType[]>> = {
  UPDATE_DRAFT: [],
  OPEN: ['START_SELF_ASSESSMENT'],
  START_SCORING: ['START_SCORING'],
  START_MODERATION: ['COMPLETE_SITE_VISITS'],
  PUBLISH: ['LOCK_MODERATION', 'PUBLISH'],
  CLOSE: ['CLOSE'],
};

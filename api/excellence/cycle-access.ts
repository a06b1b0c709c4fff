import type { InstanceVisibilityRule } from '../access/visibility-rules.ts';
import { cycleWorkflow } from '../../workflows/excellence/cycle-machine.ts';

/**
 * A cycle is the programme's calendar (number, dates, how many entities), shown on the
 * cycle pages to every signed-in user; its assessments each answer to their own rule.
 */
export const cycleVisibility: InstanceVisibilityRule = {
  kind: cycleWorkflow.kind,
  mayRead: () => true,
  candidates: () => 'all',
};

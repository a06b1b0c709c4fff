import { describe, expect, it } from 'vitest';
import { journeyMapSchema } from '../../workflows/journeys/journey-map.ts';
import { moveStep, nudgeStep } from '../../web/pages/journeys/reorder.ts';

const s = (id: string) => ({
  id,
  title: { ar: id, en: id },
  channel: 'counter' as const,
  entityId: 'MOI',
  visitRequired: false,
  waitingMinutes: 0,
  handlingMinutes: 0,
  emotion: 0,
});
const map = journeyMapSchema.parse({
  journeyId: 'j',
  version: 'to_be',
  serviceCodes: ['X'],
  title: { ar: 'ر', en: 'j' },
  currency: 'QAR',
  stages: [
    { id: 'a', title: { ar: 'أ', en: 'a' }, steps: [s('1'), s('2')] },
    { id: 'b', title: { ar: 'ب', en: 'b' }, steps: [s('3')] },
  ],
});
const order = (m: typeof map) => m.stages.map((st) => st.steps.map((x) => x.id).join(',')).join(' | ');

describe('step reordering', () => {
  it('swaps within a stage', () => {
    expect(order(nudgeStep(map, '2', -1))).toBe('2,1 | 3');
  });
  it('crosses into the next stage past the end, and back', () => {
    expect(order(nudgeStep(map, '2', 1))).toBe('1 | 2,3');
    expect(order(nudgeStep(map, '3', -1))).toBe('1,2,3 | ');
  });
  it('stays put at the ends of the journey', () => {
    expect(order(nudgeStep(map, '1', -1))).toBe('1,2 | 3');
    expect(order(nudgeStep(map, '3', 1))).toBe('1,2 | 3');
  });
  it('drops a dragged step at a position in another stage', () => {
    expect(order(moveStep(map, '1', { stage: 1, index: 1 }))).toBe('2 | 3,1');
  });
});

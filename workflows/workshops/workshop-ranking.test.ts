import { describe, it, expect } from 'vitest';
import { workshopRanking } from './workshop-ranking.ts';
import { emptyBoard, type WorkshopBoard } from './workshop-board.ts';
import { defaultWorkshopSettings } from './workshop-settings.ts';

const board: WorkshopBoard = {
  ...emptyBoard,
  ideas: [
    { id: 'i1', by: 'c1', text: 'One portal', painPointIds: [], mergedInto: null },
    { id: 'i2', by: 'c1', text: 'Same portal', painPointIds: [], mergedInto: 'i1' },
    { id: 'i3', by: 'c2', text: 'Home delivery', painPointIds: [], mergedInto: null },
  ],
  votes: [{ ideaId: 'i1', voterId: 'c1' }],
  scores: [
    { ideaId: 'i1', by: 'c1', customerValue: 5, governmentValue: 4, effort: 3, setByFacilitator: false },
    { ideaId: 'i2', by: 'c1', customerValue: 5, governmentValue: 5, effort: 1, setByFacilitator: false },
    { ideaId: 'i3', by: 'c2', customerValue: 3, governmentValue: 2, effort: 1, setByFacilitator: false },
  ],
};

describe('workshopRanking', () => {
  it('ranks live ideas only, with the workshop formula', () => {
    // ratio: i3 (3+2)/1 = 5 > i1 (5+4)/3 = 3; merged i2 is left out
    expect(workshopRanking({ board, settings: defaultWorkshopSettings }).ranked.map((r) => [r.ideaId, r.rank, r.score, r.votes])).toEqual([
      ['i3', 1, 5, 0],
      ['i1', 2, 3, 1],
    ]);
    // weighted 1·c + 1·g − 2·e: i1 9 − 6 = 3, i3 5 − 2 = 3 → tie, i1 first on votes
    const settings = {
      ...defaultWorkshopSettings,
      formula: { kind: 'weighted' as const, customerValue: 1, governmentValue: 1, effort: 2 },
    };
    expect(workshopRanking({ board, settings }).ranked.map((r) => [r.ideaId, r.rank])).toEqual([
      ['i1', 1],
      ['i3', 1],
    ]);
  });
});

import { describe, it, expect } from 'vitest';
import { boardForViewer } from './workshop-board-view.ts';
import { emptyBoard, type WorkshopBoard } from './workshop-board.ts';
import { defaultWorkshopSettings } from './workshop-settings.ts';

const board: WorkshopBoard = {
  ...emptyBoard,
  ideas: [{ id: 'i1', by: 'c1', text: 'One portal', painPointIds: [], mergedInto: null }],
  votes: [
    { ideaId: 'i1', voterId: 'c1' },
    { ideaId: 'i1', voterId: 'c2' },
  ],
};

describe('boardForViewer', () => {
  it('hides other voters when anonymous', () => {
    const settings = { ...defaultWorkshopSettings, votes: { budget: 3, maxPerIdea: 1, anonymous: true } };
    const view = boardForViewer({ board, settings }, 'c2');
    expect(view.votes).toEqual([{ ideaId: 'i1', voterId: 'c2' }]);
    expect(view.tallies).toEqual([{ ideaId: 'i1', votes: 2 }]);
    // budget 3 − 1 used = 2
    expect(view.votesLeft).toBe(2);
    expect(JSON.stringify(view)).not.toContain('"voterId":"c1"');
  });

  it('shows everything when voting is open', () => {
    const view = boardForViewer({ board, settings: defaultWorkshopSettings }, 'c2');
    expect(view.votes).toHaveLength(2);
    expect(view.tallies).toEqual([{ ideaId: 'i1', votes: 2, voterIds: ['c1', 'c2'] }]);
  });
});

import { describe, expect, it } from 'vitest';
import { workshopRedaction } from './workshop-redaction.ts';
import { emptyBoard } from './workshop-board.ts';
import { defaultWorkshopSettings } from './workshop-settings.ts';

const reader = (id: string) => ({ id, label: id, roles: ['assessor'], entityId: null });
const instance = { id: 'w1', kind: 'workshop', entityId: null, state: 'voting.open', version: 9 };
const context = {
  board: {
    ...emptyBoard,
    votes: [
      { ideaId: 'i1', voterId: 'c1' },
      { ideaId: 'i2', voterId: 'c2' },
    ],
  },
  settings: { ...defaultWorkshopSettings, votes: { budget: 3, maxPerIdea: 1, anonymous: true } },
};

describe('workshop read redaction', () => {
  it('keeps anonymous votes anonymous in the generic instance view', () => {
    const seen = workshopRedaction.context!(context as never, reader('staff'), instance) as { board: { votes: unknown[] } };
    expect(seen.board.votes).toEqual([]);
    expect(JSON.stringify(seen)).not.toContain('c1');
    const own = workshopRedaction.context!(context as never, reader('c2'), instance) as { board: { votes: unknown[] } };
    expect(own.board.votes).toEqual([{ ideaId: 'i2', voterId: 'c2' }]);
  });

  it('shows a vote choice in the audit trail only to the voter', () => {
    const vote = { type: 'CAST_VOTE', actorId: 'c1', payload: { ideaId: 'i1' } };
    expect(workshopRedaction.payload!(vote, reader('c2'), instance)).toBeNull();
    expect(workshopRedaction.payload!(vote, reader('c1'), instance)).toEqual({ ideaId: 'i1' });
    const note = { type: 'ADD_NOTE', actorId: 'c1', payload: { text: 'queue too long' } };
    expect(workshopRedaction.payload!(note, reader('c2'), instance)).toEqual({ text: 'queue too long' });
  });
});

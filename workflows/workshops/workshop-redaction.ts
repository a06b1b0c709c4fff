import type { ReadRedaction } from '../../engine/workflow/definition.ts';
import type { WorkshopContext } from './workshop-machine.ts';
import { boardForViewer } from './workshop-board-view.ts';

const voteEvents = new Set(['CAST_VOTE', 'RETRACT_VOTE']);

/**
 * What the generic instance view and audit trail show of a workshop: the board as the
 * reader may see it (anonymous votes stay anonymous), and vote choices only to the voter.
 * The audit row still says that a vote was cast, and by whom; not for which idea.
 */
export const workshopRedaction: ReadRedaction = {
  context: (context, reader) => {
    const c = context as WorkshopContext;
    return { ...c, board: boardForViewer(c, reader.id ?? '') };
  },
  payload: (event, reader) => (voteEvents.has(event.type) && event.actorId !== reader.id ? null : event.payload),
};

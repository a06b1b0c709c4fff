import type { Idea, Vote, WorkshopBoard } from './workshop-board.ts';

/** The board lists whose items the facilitator adds one at a time and may take back. */
export const undoableLists = ['notes', 'personas', 'painPoints', 'quotes', 'ideas'] as const;
export type UndoableList = (typeof undoableLists)[number];

/**
 * What it takes to undo the facilitator's last board action: an item they added (removed
 * again), or a merge (the merged ideas come back with the dots that moved). Kept in the
 * workshop's context, so undoing is an engine event like any other, checked and recorded.
 */
export type BoardUndo =
  | { kind: 'add'; list: UndoableList; itemId: string; text: string }
  | {
      kind: 'merge';
      survivorId: string;
      /** The survivor and the merged ideas as they were before the merge. */
      before: Idea[];
      /** The dots that sat on the merged ideas before the merge. */
      movedVotes: Vote[];
      /** The dots the survivor had of its own before the merge: they stay on it. */
      survivorVotes: Vote[];
      text: string;
    };

/** The undo record of a merge, taken from the board before it. */
export function mergeUndo(board: Pick<WorkshopBoard, 'ideas' | 'votes'>, survivorId: string, mergedIds: readonly string[]): BoardUndo {
  const merged = new Set(mergedIds);
  const survivor = board.ideas.find((i) => i.id === survivorId);
  return {
    kind: 'merge',
    survivorId,
    before: board.ideas.filter((i) => i.id === survivorId || merged.has(i.id)),
    movedVotes: board.votes.filter((v) => merged.has(v.ideaId)),
    survivorVotes: board.votes.filter((v) => v.ideaId === survivorId),
    text: survivor?.text ?? '',
  };
}

/** The undo record of the item the facilitator just added (the list's last one). */
export function addUndo(board: WorkshopBoard, list: UndoableList): BoardUndo | null {
  const item = board[list].at(-1);
  if (!item) return null;
  const text = 'text' in item ? item.text : item.name;
  return { kind: 'add', list, itemId: item.id, text };
}

/**
 * Why the undo can no longer be applied, or null when it can: an added item that others
 * have since built on (a vote, a score, a linked idea or quote) stays, so nobody's work is
 * silently removed with it.
 */
export function undoProblem(board: WorkshopBoard, undo: BoardUndo): string | null {
  if (undo.kind === 'merge') {
    const survivor = board.ideas.find((i) => i.id === undo.survivorId);
    if (!survivor || survivor.mergedInto !== null) return 'the surviving idea was merged since';
    return null;
  }
  const id = undo.itemId;
  if (!board[undo.list].some((item) => item.id === id)) return 'the item is gone';
  if (undo.list === 'ideas') {
    const usedBy =
      board.votes.some((v) => v.ideaId === id) ||
      board.scores.some((s) => s.ideaId === id) ||
      board.ideas.some((i) => i.mergedInto === id) ||
      board.commitments.some((c) => c.ideaId === id);
    if (usedBy) return 'the idea has votes, scores or merged ideas';
    if (board.ideas.find((i) => i.id === id)?.mergedInto) return 'the idea was merged';
  }
  if (undo.list === 'painPoints' && board.ideas.some((i) => i.painPointIds.includes(id))) return 'an idea addresses the pain point';
  if (undo.list === 'personas' && board.quotes.some((q) => q.personaId === id)) return 'a quote belongs to the persona';
  return null;
}

/** The board with the undo applied (check `undoProblem` first). */
export function undoBoard(board: WorkshopBoard, undo: BoardUndo): WorkshopBoard {
  if (undo.kind === 'add') {
    const list = board[undo.list] as { id: string }[];
    return { ...board, [undo.list]: list.filter((item) => item.id !== undo.itemId) };
  }
  const before = new Map(undo.before.map((i) => [i.id, i]));
  const ideas = board.ideas.map((i) => before.get(i.id) ?? i);
  // Each dot that moved goes back to its idea, taken from the same voter's dots on the survivor;
  // a dot dropped by the per-idea cap was returned to its voter's budget and stays there.
  const votes = [...board.votes];
  const own = new Map<string, number>();
  for (const v of undo.survivorVotes) own.set(v.voterId, (own.get(v.voterId) ?? 0) + 1);
  for (const moved of undo.movedVotes) {
    const onSurvivor = votes.filter((v) => v.ideaId === undo.survivorId && v.voterId === moved.voterId).length;
    if (onSurvivor <= (own.get(moved.voterId) ?? 0)) continue;
    const at = votes.findLastIndex((v) => v.ideaId === undo.survivorId && v.voterId === moved.voterId);
    votes[at] = { ideaId: moved.ideaId, voterId: moved.voterId };
  }
  return { ...board, ideas, votes };
}

/** What the facilitator's undo button would take back now, or null when there is nothing it may undo. */
export function undoOffer(context: {
  board: WorkshopBoard;
  votingLocked: boolean;
  facilitatorUndo?: BoardUndo | null;
}): { kind: BoardUndo['kind']; list: UndoableList | null; text: string } | null {
  const undo = context.facilitatorUndo;
  if (!undo || undoProblem(context.board, undo) !== null) return null;
  // Once voting is locked the dots are final: a merge is not taken back.
  if (undo.kind === 'merge' && context.votingLocked) return null;
  return { kind: undo.kind, list: undo.kind === 'add' ? undo.list : null, text: undo.text };
}

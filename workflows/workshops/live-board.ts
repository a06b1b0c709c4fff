import { applyJsonChanges, jsonChanges, type JsonChange } from './json-changes.ts';

/** Anything versioned the live stream carries: the viewer's workshop view. */
export interface Versioned {
  id: string;
  version: number;
}

/**
 * One message of the live board. A viewer gets the whole board (already filtered for them)
 * when it joins or resumes, then only what changed from the version it last received: the
 * changes are computed between two views of the same viewer, so they never carry more than
 * that viewer may see (anonymous votes stay anonymous).
 */
export type LiveBoardMessage<V extends Versioned> =
  | { kind: 'board'; view: V }
  | { kind: 'changes'; from: number; version: number; changes: JsonChange[] };

/** The message that brings a viewer holding `sent` (null: nothing yet) to `next`. */
export function liveBoardMessage<V extends Versioned>(sent: V | null, next: V): LiveBoardMessage<V> {
  if (sent === null || sent.id !== next.id) return { kind: 'board', view: next };
  return { kind: 'changes', from: sent.version, version: next.version, changes: jsonChanges(sent, next) };
}

/**
 * The viewer's board after a message: a board replaces it unless it is older (a resumed
 * stream never goes back in time); changes apply only onto the version they were computed
 * from, so a stray or repeated message changes nothing.
 */
export function applyLiveBoardMessage<V extends Versioned>(current: V | null, message: LiveBoardMessage<V>): V | null {
  if (message.kind === 'board') {
    if (current && current.id === message.view.id && current.version >= message.view.version) return current;
    return message.view;
  }
  if (!current || current.version !== message.from) return current;
  return applyJsonChanges(current, message.changes);
}

import type { Idea, Vote, WorkshopBoard } from './workshop-board.ts';

export interface IdeaMerge {
  survivorId: string;
  mergedIds: readonly string[];
}

/** Why a merge cannot be applied to these ideas, or null when it can. */
export function mergeProblem(ideas: readonly Idea[], merge: IdeaMerge): string | null {
  const live = new Set(ideas.filter((i) => i.mergedInto === null).map((i) => i.id));
  if (!live.has(merge.survivorId)) return 'survivor is not a live idea';
  if (merge.mergedIds.length === 0) return 'nothing to merge';
  if (new Set(merge.mergedIds).size !== merge.mergedIds.length) return 'an idea is listed twice';
  if (merge.mergedIds.includes(merge.survivorId)) return 'an idea cannot merge into itself';
  if (merge.mergedIds.some((id) => !live.has(id))) return 'a merged idea is not live';
  return null;
}

/**
 * Merges duplicate ideas into a survivor. The merged ideas stay on the board, marked
 * `mergedInto`, so the audit trail still shows them; their pain-point links and votes move
 * to the survivor. A voter who voted for several of the duplicates keeps at most
 * `maxPerIdea` dots on the survivor: the duplicates were one idea, and counting both dots
 * would let a voter exceed the per-idea limit. The extra dots are returned to the voter's
 * budget (they are removed), so they can be placed elsewhere.
 */
export function mergeIdeas(
  board: Pick<WorkshopBoard, 'ideas' | 'votes'>,
  merge: IdeaMerge,
  maxPerIdea: number,
): Pick<WorkshopBoard, 'ideas' | 'votes'> {
  const problem = mergeProblem(board.ideas, merge);
  if (problem) throw new Error(`cannot merge ideas: ${problem}`);
  const merged = new Set(merge.mergedIds);
  const movedPainPoints = board.ideas.filter((i) => merged.has(i.id)).flatMap((i) => i.painPointIds);

  const ideas = board.ideas.map((idea): Idea => {
    if (merged.has(idea.id)) return { ...idea, mergedInto: merge.survivorId };
    if (idea.id === merge.survivorId) return { ...idea, painPointIds: [...new Set([...idea.painPointIds, ...movedPainPoints])] };
    return idea;
  });

  const onSurvivor = new Map<string, number>();
  const votes: Vote[] = [];
  // Survivor's own dots first so they are the ones kept when the cap bites.
  const ordered = [
    ...board.votes.filter((v) => v.ideaId === merge.survivorId),
    ...board.votes.filter((v) => v.ideaId !== merge.survivorId),
  ];
  for (const vote of ordered) {
    if (vote.ideaId !== merge.survivorId && !merged.has(vote.ideaId)) {
      votes.push(vote);
      continue;
    }
    const count = onSurvivor.get(vote.voterId) ?? 0;
    if (count >= maxPerIdea) continue;
    onSurvivor.set(vote.voterId, count + 1);
    votes.push({ ideaId: merge.survivorId, voterId: vote.voterId });
  }
  return { ideas, votes };
}

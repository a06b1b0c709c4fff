export interface AssessorNodeScore {
  assessorId: string;
  nodeCode: string;
  /** Null: the leaf is not scored (yet); it takes no part in the spread. */
  percent: number | null;
}

export interface NodeSpread {
  nodeCode: string;
  min: number;
  max: number;
  /** max - min of the individual assessor percents. */
  spread: number;
  assessorCount: number;
  /** spread strictly above the framework's threshold: the lead must discuss it. */
  flagged: boolean;
}

/** Spread of individual scores per node, in the order nodes first appear. */
export function consensusSpread(scores: readonly AssessorNodeScore[], threshold: number): NodeSpread[] {
  const byNode = new Map<string, number[]>();
  for (const s of scores) {
    if (s.percent === null) continue;
    const list = byNode.get(s.nodeCode);
    if (list) list.push(s.percent);
    else byNode.set(s.nodeCode, [s.percent]);
  }
  return [...byNode].map(([nodeCode, percents]) => {
    const min = Math.min(...percents);
    const max = Math.max(...percents);
    const spread = max - min;
    return { nodeCode, min, max, spread, assessorCount: percents.length, flagged: spread > threshold };
  });
}

/** A flagged spread must be explained: the lead may not record that node's agreed score without a rationale. */
export function needsRationale(spread: Pick<NodeSpread, 'flagged'> | undefined, rationale: string): boolean {
  return spread?.flagged === true && rationale.trim() === '';
}

export interface AssessorNodeScore {
  assessorId: string;
  nodeCode: string;
  percent: number;
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

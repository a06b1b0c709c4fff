/** One measured figure against its goal, printed as a line ending in PASS or FAIL. */
export interface Goal {
  what: string;
  value: number;
  /** `>=`: the value must reach the target; `<=`: it must stay under it. */
  op: '>=' | '<=';
  target: number;
}

export function passes(goal: Goal): boolean {
  return goal.op === '>=' ? goal.value >= goal.target : goal.value <= goal.target;
}

export function goalLine(goal: Goal, digits = 2): string {
  return `${goal.what}: ${goal.value.toFixed(digits)} (goal ${goal.op} ${goal.target}) ${passes(goal) ? 'PASS' : 'FAIL'}`;
}

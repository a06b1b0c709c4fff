/**
 * What `moveCycle` tells the assessment effects when it publishes a whole cycle: the cycle
 * computes its results once after the cascade, instead of once per assessment (quadratic in
 * the number of entities). Passed explicitly with each cascade `send` as `effectOptions`.
 */
export const cycleWidePublication = { cycleWidePublication: true } as const;

/** True when the sender publishes the whole cycle and computes the results itself. */
export function isCycleWidePublication(effectOptions: Readonly<Record<string, unknown>>): boolean {
  return effectOptions.cycleWidePublication === true;
}

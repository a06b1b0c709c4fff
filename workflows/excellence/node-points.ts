/** Points a node earns: its percent of the points it is worth for this entity. */
export function nodePoints(percent: number, maxPoints: number): number {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) throw new RangeError(`percent ${percent} outside 0..100`);
  return (percent / 100) * maxPoints;
}

/**
 * Whether an assessment whose team was just assigned starts scoring at once, given its cycle's
 * state. The cycle's START_SCORING moves every assessment that is ready at that moment; an
 * entity that submits its self-assessment later reaches assessor assignment when the cycle has
 * already decided that scoring is under way. Assigning its team is then the last thing it
 * waits for, so it joins scoring with the same decision instead of needing a second click per
 * late entity (which is what left late entities stuck). Before the cycle starts scoring an
 * assigned team waits for the cycle; from publication on, scoring is over for the cycle and the
 * manager decides per entity.
 */
export function joinsScoringOnAssignment(cycleState: string): boolean {
  return cycleState === 'scoring' || cycleState === 'moderation';
}

/**
 * Who the matrix calls as: each of the seven roles once, an invite-code guest and nobody.
 * None of them is entity X's coordinator or on entity X's assessment team, so entity X's
 * objects are another entity's to the coordinator (of MOI) and the assessor (assessor1).
 */
export const actorNames = [
  'administrator',
  'programme_manager',
  'assessor',
  'entity_coordinator',
  'facilitator',
  'participant',
  'leadership',
  'guest',
  'anonymous',
] as const;
export type ActorName = (typeof actorNames)[number];

/** The demo account each signed-in actor uses (the guest joins a workshop instead). */
export const actorAccounts: Record<Exclude<ActorName, 'guest' | 'anonymous'>, string> = {
  administrator: 'usr-admin',
  programme_manager: 'usr-pm',
  assessor: 'usr-assessor1',
  entity_coordinator: 'usr-coord-moi',
  facilitator: 'usr-facilitator',
  participant: 'usr-participant',
  leadership: 'usr-leader',
};

/** Every actor but the anonymous caller. */
export const signedIn: readonly ActorName[] = actorNames.filter((a) => a !== 'anonymous');

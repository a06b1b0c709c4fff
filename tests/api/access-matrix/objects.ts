import type { ActorName } from './actors.ts';
import { signedIn } from './actors.ts';

/**
 * What the world holds, and who among the matrix's actors may read and may change each.
 * Entity X is MOH. Pseudo-objects stand for what a procedure without an id acts on:
 * `self` the caller's own account, `entity` entity X as the owner of new rows, `programme`
 * the programme's shared configuration, `programmeOffice` the programme office's own views,
 * `workshopHost` running a workshop of one's own. `own*` are the entity coordinator's own
 * (MOI's), for calls that join one's own object to entity X's.
 */
export const objectNames = [
  'assessment',
  'cycle',
  'gap',
  'gap2',
  'plan',
  'action',
  'action2',
  'milestone',
  'ownPlan',
  'ownAction',
  'ownGap',
  'journey',
  'workshop',
  'import',
  'notification',
  'maturity',
  'self',
  'entity',
  'programme',
  'programmeOffice',
  'workshopHost',
  'administration',
  'person',
  'apiToken',
  'apiTokens',
  'register',
  'consultation',
  'contribution',
  'centreBoard',
  'centreTargets',
  'centreTarget',
  'centreAlert',
  'centreEvents',
] as const;
export type ObjectName = (typeof objectNames)[number];

export interface ObjectAccess {
  readers: readonly ActorName[];
  writers: readonly ActorName[];
}

const programme: readonly ActorName[] = ['administrator', 'programme_manager'];
/** The improvement register's rule: the programme and leadership read every entity's; the owner's coordinator writes. */
const register: ObjectAccess = { readers: [...programme, 'leadership'], writers: programme };

export const access: Record<ObjectName, ObjectAccess> = {
  // Unpublished, scored by assessor2 alone: leadership waits for publication, assessor1 is off the team.
  assessment: { readers: programme, writers: programme },
  cycle: { readers: signedIn, writers: programme },
  gap: register,
  gap2: register,
  plan: register,
  action: register,
  action2: register,
  milestone: register,
  ownPlan: { readers: [...programme, 'leadership', 'entity_coordinator'], writers: [...programme, 'entity_coordinator'] },
  ownAction: { readers: [...programme, 'leadership', 'entity_coordinator'], writers: [...programme, 'entity_coordinator'] },
  ownGap: { readers: [...programme, 'leadership', 'entity_coordinator'], writers: [...programme, 'entity_coordinator'] },
  // Journeys: entity-bound roles (coordinators, customers) their own entity's; staff all. Only the programme manager drives.
  journey: { readers: ['administrator', 'programme_manager', 'assessor', 'facilitator', 'leadership'], writers: ['programme_manager'] },
  // Run by another facilitator, entity X's representative on it: staff observe, nobody here drives it.
  workshop: { readers: ['administrator', 'programme_manager', 'facilitator', 'leadership'], writers: [] },
  import: { readers: programme, writers: [] },
  // Entity X's coordinator's inbox.
  notification: { readers: [], writers: [] },
  // Entity X's assessed and projected maturity: the register's rule.
  maturity: { readers: [...programme, 'leadership'], writers: [] },
  self: { readers: signedIn, writers: signedIn },
  entity: { readers: signedIn, writers: programme },
  programme: { readers: signedIn, writers: programme },
  programmeOffice: { readers: programme, writers: programme },
  workshopHost: { readers: signedIn, writers: ['facilitator'] },
  // The administration area (bulk onboarding of entities, centres, people): the administrator alone.
  administration: { readers: ['administrator'], writers: ['administrator'] },
  // An account in people administration (entity X's coordinator): administrators alone read and change it.
  person: { readers: ['administrator'], writers: ['administrator'] },
  // Entity X's API token, and token administration: keys to an entity's data, for administrators alone.
  apiToken: { readers: ['administrator'], writers: ['administrator'] },
  apiTokens: { readers: ['administrator'], writers: ['administrator'] },
  // The entity register's administration (entities, centres, their change history): the administrator's alone.
  register: { readers: ['administrator'], writers: ['administrator'] },
  // Entity X's draft consultation: the programme office reads it, the programme manager runs it (its coordinator is no actor here).
  consultation: { readers: programme, writers: ['programme_manager'] },
  // A visitor's comment on entity X's open consultation, waiting for moderation: not public yet.
  contribution: { readers: programme, writers: ['programme_manager'] },
  // Entity X's service centres in the command centre (board, drill-down): the programme and leadership watch every entity's.
  centreBoard: { readers: ['administrator', 'programme_manager', 'leadership'], writers: [] },
  // The command centre's targets, and one on entity X's centre: set by the programme manager.
  centreTargets: { readers: ['administrator', 'programme_manager'], writers: ['programme_manager'] },
  centreTarget: { readers: ['administrator', 'programme_manager'], writers: ['programme_manager'] },
  // An alert on entity X's centre: watchers read it; the programme manager (and X's own supervisors) answer it.
  centreAlert: { readers: ['administrator', 'programme_manager', 'leadership'], writers: ['programme_manager'] },
  // Ticket events imported for any entity's centres: the programme manager's.
  centreEvents: { readers: ['administrator', 'programme_manager'], writers: ['programme_manager'] },
};

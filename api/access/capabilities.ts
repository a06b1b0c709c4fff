import type { Role } from '../../workflows/roles.ts';
import { hasAnyRole, type Grantee } from './grants.ts';

/**
 * What a person may do across the product, by role. The routers guard with these lists
 * (`roleProcedure(...capabilityRoles.x)`, `may(user, 'x')`) and `auth.me` sends the answers,
 * so the web asks what the person may do instead of re-stating role tests of its own.
 * Rules that depend on the record (own entity, team membership) stay with their domain.
 */
export const capabilityRoles = {
  /** Run the excellence programme: cycles, frameworks, the assessor pool, composite sources, teams, deadlines, appeals. */
  runExcellenceProgramme: ['programme_manager', 'administrator'],
  /** Export a cycle's published scores (CSV, Excel). */
  exportCycleScores: ['programme_manager', 'administrator', 'leadership'],
  /** Download leadership briefs: the rankings, the dashboard and the public results as decks. */
  exportLeadershipBriefs: ['leadership', 'programme_manager', 'administrator'],
  /** Set a service's strategic weight in the prioritisation. */
  setStrategicWeights: ['programme_manager'],
  /** Set the command centre's targets per centre or channel. */
  setCentreTargets: ['programme_manager'],
  /** Answer command-centre alerts (acknowledge, raise as a gap); supervisors and ambassadors their own entity's. */
  answerCentreAlerts: ['programme_manager', 'centre_supervisor', 'quality_ambassador'],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof capabilityRoles;
export type Capabilities = Record<Capability, boolean>;

export function may(user: Grantee, capability: Capability): boolean {
  return hasAnyRole(user, capabilityRoles[capability]);
}

export function capabilitiesOf(user: Grantee): Capabilities {
  const entries = Object.keys(capabilityRoles).map((c) => [c, may(user, c as Capability)] as const);
  return Object.fromEntries(entries) as Capabilities;
}

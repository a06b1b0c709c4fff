import type { Role } from '../../workflows/roles.ts';

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
  /** Set a service's strategic weight in the prioritisation. */
  setStrategicWeights: ['programme_manager'],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof capabilityRoles;
export type Capabilities = Record<Capability, boolean>;

export function may(user: { role: Role }, capability: Capability): boolean {
  return (capabilityRoles[capability] as readonly Role[]).includes(user.role);
}

export function capabilitiesOf(user: { role: Role }): Capabilities {
  const entries = Object.keys(capabilityRoles).map((c) => [c, may(user, c as Capability)] as const);
  return Object.fromEntries(entries) as Capabilities;
}

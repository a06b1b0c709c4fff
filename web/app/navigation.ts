import { roles, type Role } from '../../workflows/roles.ts';

export interface NavItem {
  id: string;
  /** i18next key; a domain namespace works too, e.g. `excellence:nav.cycles`. */
  labelKey: string;
  /** The route; null while the page does not exist yet (shown disabled, "coming soon"). */
  to: string | null;
  roles: readonly Role[];
  /** Exact match for the active highlight (the dashboard at "/"). */
  end?: boolean;
}

const everyone: readonly Role[] = roles;

/**
 * The side navigation, in order. Each domain enables its entry by giving it a route, or
 * appends its own; the shell filters by the user's role.
 */
export const navItems: NavItem[] = [
  { id: 'dashboard', labelKey: 'nav.dashboard', to: '/', roles: everyone, end: true },
  { id: 'cycles', labelKey: 'nav.cycles', to: '/excellence/cycles', roles: ['administrator', 'programme_manager', 'leadership'] },
  { id: 'frameworks', labelKey: 'nav.frameworks', to: '/excellence/frameworks', roles: ['administrator', 'programme_manager'] },
  { id: 'selfAssessment', labelKey: 'nav.selfAssessment', to: '/excellence/assessments', roles: ['entity_coordinator'] },
  { id: 'actionPlans', labelKey: 'nav.actionPlans', to: '/actions', roles: ['entity_coordinator', 'programme_manager', 'leadership'] },
  {
    id: 'gaps',
    labelKey: 'improvement:nav.gaps',
    to: '/gaps',
    roles: ['entity_coordinator', 'programme_manager', 'leadership', 'administrator'],
  },
  { id: 'myAssessments', labelKey: 'nav.myAssessments', to: '/excellence/assessments', roles: ['assessor'] },
  {
    id: 'workshops',
    labelKey: 'nav.workshops',
    to: '/workshops',
    roles: ['facilitator', 'participant', 'programme_manager', 'entity_coordinator'],
  },
  { id: 'bundles', labelKey: 'nav.bundles', to: '/bundles', roles: ['facilitator', 'programme_manager', 'leadership'] },
  { id: 'journeys', labelKey: 'nav.journeys', to: '/journeys', roles: ['programme_manager', 'entity_coordinator', 'leadership'] },
  {
    id: 'services',
    labelKey: 'nav.services',
    to: '/services',
    roles: ['programme_manager', 'entity_coordinator', 'leadership'],
    end: true,
  },
  {
    id: 'mysteryShopper',
    labelKey: 'mysteryShopper:programme.title',
    to: '/mystery-shopper',
    roles: ['programme_manager', 'administrator'],
  },
  { id: 'cxImports', labelKey: 'nav.cxImports', to: '/services/import', roles: ['programme_manager', 'entity_coordinator'] },
  {
    id: 'commandCentre',
    labelKey: 'commandCentre:nav',
    to: '/command-centre',
    roles: ['programme_manager', 'administrator', 'leadership', 'centre_supervisor', 'quality_ambassador'],
  },
  {
    id: 'workflows',
    labelKey: 'nav.workflows',
    to: '/workflows',
    roles: ['administrator', 'programme_manager', 'assessor', 'entity_coordinator', 'facilitator', 'leadership'],
  },
  {
    id: 'rankings',
    labelKey: 'nav.rankings',
    to: '/rankings',
    roles: ['programme_manager', 'leadership', 'administrator', 'entity_coordinator'],
  },
  {
    id: 'leadership',
    labelKey: 'improvement:nav.leadership',
    to: '/dashboard',
    roles: ['programme_manager', 'leadership', 'administrator'],
  },
  {
    id: 'participation',
    labelKey: 'nav.participation',
    to: '/participation',
    roles: ['entity_coordinator', 'programme_manager', 'administrator'],
  },
  { id: 'inbox', labelKey: 'improvement:nav.inbox', to: '/inbox', roles: everyone },
  { id: 'admin', labelKey: 'nav.admin', to: '/admin', roles: ['administrator', 'programme_manager'] },
];

/** The entries for everything the person's roles open (one role, or all those held). */
export function navFor(role: Role | readonly Role[], items: readonly NavItem[] = navItems): NavItem[] {
  const held: readonly Role[] = typeof role === 'string' ? [role] : role;
  return items.filter((item) => item.roles.some((r) => held.includes(r)));
}

import type { AdminSection } from '../admin-section.ts';

export const onboardingSection: AdminSection = {
  id: 'onboarding',
  to: '/admin/onboarding',
  titleKey: 'sections.onboarding.title',
  summaryKey: 'sections.onboarding.summary',
  roles: ['administrator'],
};

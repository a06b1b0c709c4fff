import type { AdminSection } from '../admin-section.ts';

export const peopleSection: AdminSection = {
  id: 'people',
  to: '/admin/people',
  titleKey: 'sections.people.title',
  summaryKey: 'sections.people.summary',
  roles: ['administrator'],
};

import type { AdminSection } from '../admin-section.ts';

export const referenceSection: AdminSection = {
  id: 'reference',
  to: '/admin/reference',
  titleKey: 'sections.reference.title',
  summaryKey: 'sections.reference.summary',
  roles: ['administrator', 'programme_manager'],
};

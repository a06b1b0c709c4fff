import type { AdminSection } from '../admin-section.ts';

export const changesSection: AdminSection = {
  id: 'changes',
  to: '/admin/changes',
  titleKey: 'sections.changes.title',
  summaryKey: 'sections.changes.summary',
  roles: ['administrator'],
};

import type { AdminSection } from '../admin-section.ts';

export const apiTokensSection: AdminSection = {
  id: 'api-tokens',
  to: '/admin/api-tokens',
  titleKey: 'sections.apiTokens.title',
  summaryKey: 'sections.apiTokens.summary',
  roles: ['administrator'],
};

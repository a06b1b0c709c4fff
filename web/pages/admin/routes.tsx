import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page.ts';

/** The administration area: its index and one route per section (a section adds its line here). */
export const adminRoutes: RouteObject[] = [
  { path: 'admin', lazy: lazyPage(() => import('./AdminPage.tsx'), 'AdminPage') },
  { path: 'admin/people', lazy: lazyPage(() => import('./people/PeoplePage.tsx'), 'PeoplePage') },
  { path: 'admin/api-tokens', lazy: lazyPage(() => import('./ApiTokensPage.tsx'), 'ApiTokensPage') },
  { path: 'admin/reference', lazy: lazyPage(() => import('./ReferenceAdminIndexPage.tsx'), 'ReferenceAdminIndexPage') },
  { path: 'admin/entities', lazy: lazyPage(() => import('./EntitiesAdminPage.tsx'), 'EntitiesAdminPage') },
  { path: 'admin/centres', lazy: lazyPage(() => import('./ServiceCentresAdminPage.tsx'), 'ServiceCentresAdminPage') },
  { path: 'admin/services', lazy: lazyPage(() => import('./ServiceCatalogueAdminPage.tsx'), 'ServiceCatalogueAdminPage') },
  { path: 'admin/document-types', lazy: lazyPage(() => import('./DocumentTypesAdminPage.tsx'), 'DocumentTypesAdminPage') },
  { path: 'admin/bundles', lazy: lazyPage(() => import('./BundlesAdminPage.tsx'), 'BundlesAdminPage') },
  { path: 'admin/changes', lazy: lazyPage(() => import('./AdminChangesPage.tsx'), 'AdminChangesPage') },
  { path: 'admin/onboarding', lazy: lazyPage(() => import('./OnboardingPage.tsx'), 'OnboardingPage') },
];

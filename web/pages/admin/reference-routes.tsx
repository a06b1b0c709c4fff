import type { RouteObject } from 'react-router';
import { ReferenceAdminIndexPage } from './ReferenceAdminIndexPage.tsx';
import { EntitiesAdminPage } from './EntitiesAdminPage.tsx';
import { ServiceCentresAdminPage } from './ServiceCentresAdminPage.tsx';
import { ServiceCatalogueAdminPage } from './ServiceCatalogueAdminPage.tsx';
import { DocumentTypesAdminPage } from './DocumentTypesAdminPage.tsx';
import { BundlesAdminPage } from './BundlesAdminPage.tsx';

/** Reference-data administration under /admin (the administration area's index links here). */
export const referenceAdminRoutes: RouteObject[] = [
  { path: 'admin/reference', element: <ReferenceAdminIndexPage /> },
  { path: 'admin/entities', element: <EntitiesAdminPage /> },
  { path: 'admin/centres', element: <ServiceCentresAdminPage /> },
  { path: 'admin/services', element: <ServiceCatalogueAdminPage /> },
  { path: 'admin/document-types', element: <DocumentTypesAdminPage /> },
  { path: 'admin/bundles', element: <BundlesAdminPage /> },
];

import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page.ts';

/** Public, no sign-in: e-participation beside the transparency page. */
export const publicParticipationRoutes: RouteObject[] = [
  { path: '/participate', lazy: lazyPage(() => import('./ConsultationsPublicPage.tsx'), 'ConsultationsPublicPage') },
  { path: '/participate/:id', lazy: lazyPage(() => import('./ConsultationPublicPage.tsx'), 'ConsultationPublicPage') },
];

/** The staff side, inside the workspace. */
export const participationRoutes: RouteObject[] = [
  { path: 'participation', lazy: lazyPage(() => import('./ConsultationsManagePage.tsx'), 'ConsultationsManagePage') },
  { path: 'participation/new', lazy: lazyPage(() => import('./ConsultationManagePage.tsx'), 'NewConsultationPage') },
  { path: 'participation/moderation', lazy: lazyPage(() => import('./ModerationPage.tsx'), 'ModerationPage') },
  { path: 'participation/:id', lazy: lazyPage(() => import('./ConsultationManagePage.tsx'), 'ConsultationManagePage') },
];

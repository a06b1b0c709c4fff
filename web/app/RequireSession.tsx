import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../design/components/ErrorMessage.tsx';
import { Layout } from './Layout.tsx';
import { useSession } from './session.ts';
import { sessionExpired } from './session-expiry.ts';
import { leavingSession } from './leave-session.ts';

/** Signed-in pages: the shell around them, or the sign-in page with a way back. */
export function RequireSession() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <p className="shell__loading">{t('status.loading')}</p>;
  if (session.isError) return <ErrorMessage error={session.error} />;
  if (!session.data) {
    // Signing out, on the way to the sign-in page while its code loads: a redirect from here would
    // replace that navigation with one that leads back into the page being left.
    if (leavingSession()) return <p className="shell__loading">{t('status.loading')}</p>;
    const next = location.pathname + location.search;
    const query = new URLSearchParams();
    if (next !== '/') query.set('next', next);
    // Told apart from a first visit, so the sign-in page can say why the user is there.
    if (sessionExpired()) query.set('expired', '1');
    const search = query.toString();
    return <Navigate to={`/login${search ? `?${search}` : ''}`} replace />;
  }
  return <Layout user={session.data} />;
}

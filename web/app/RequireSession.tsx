import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../design/components/ErrorMessage.tsx';
import { Layout } from './Layout.tsx';
import { useSession } from './session.ts';

/** Signed-in pages: the shell around them, or the sign-in page with a way back. */
export function RequireSession() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <p className="shell__loading">{t('status.loading')}</p>;
  if (session.isError) return <ErrorMessage error={session.error} />;
  if (!session.data) {
    const next = location.pathname + location.search;
    return <Navigate to={`/login${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`} replace />;
  }
  return <Layout user={session.data} />;
}

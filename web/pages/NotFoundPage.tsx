import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../design/components/EmptyState.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <EmptyState title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </EmptyState>
  );
}

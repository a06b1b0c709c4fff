import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../design/components/EmptyState.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <EmptyState as="h1" title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </EmptyState>
  );
}

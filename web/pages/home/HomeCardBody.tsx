import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';

/** A home card's body: loading, the error, an empty line, or the content. */
export function HomeCardBody<T>({
  query,
  empty,
  isEmpty,
  children,
}: {
  query: UseQueryResult<T, unknown>;
  empty: string;
  isEmpty(data: T): boolean;
  children(data: T): ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) return <p className="muted">{t('status.loading')}</p>;
  if (query.isError) return <ErrorMessage error={query.error} />;
  if (isEmpty(query.data)) return <p className="muted home__empty">{empty}</p>;
  return <>{children(query.data)}</>;
}

import { useTranslation } from 'react-i18next';
import { StatusPill } from '../../design/components/StatusPill.tsx';

/** Places moved since the previous cycle, as the server computed them. */
export function ChangeBadge({ change }: { change: number | null }) {
  const { t } = useTranslation('improvement');
  if (change === null) return <StatusPill tone="info">{t('rankings.new')}</StatusPill>;
  if (change > 0) return <StatusPill tone="success">{t('rankings.up', { count: change })}</StatusPill>;
  if (change < 0) return <StatusPill tone="danger">{t('rankings.down', { count: -change })}</StatusPill>;
  return <StatusPill>{t('rankings.same')}</StatusPill>;
}

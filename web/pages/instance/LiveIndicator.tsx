import { useTranslation } from 'react-i18next';
import { StatusPill } from '../../design/components/StatusPill.tsx';

/** Whether the audit trail is following the instance live. */
export function LiveIndicator({ status }: { status: 'idle' | 'connecting' | 'pending' | 'error' }) {
  const { t } = useTranslation();
  // 'pending' is tRPC's "connected, waiting for the next event".
  if (status === 'pending')
    return (
      <StatusPill tone="success">
        <span className="live-dot" aria-hidden="true" />
        {t('status.live')}
      </StatusPill>
    );
  if (status === 'connecting' || status === 'idle') return <StatusPill tone="neutral">{t('status.connecting')}</StatusPill>;
  return <StatusPill tone="danger">{t('status.offline')}</StatusPill>;
}

import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Card } from '../../design/components/Card.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { useLocalName } from '../../app/display-name.ts';
import { useFormat } from '../../i18n/format.ts';
import type { AlertView } from '../../../api/command-centre/alert-store.ts';

export const alertTone = { open: 'warning', escalated: 'danger', resolved: 'success' } as const;

/** A shown value of an alert: shares as percentages, minutes and counts as numbers. */
export function useAlertValue() {
  const format = useFormat();
  return (a: Pick<AlertView, 'metric'>, v: number) =>
    a.metric === 'satisfaction' || a.metric === 'efficiency' ? `${format.share(v)}%` : format.score(v);
}

/** The watched centres' open alerts, newest first; each opens its page. */
export function AlertsCard({ title }: { title?: string }) {
  const { t } = useTranslation('commandCentre');
  const trpc = useTRPC();
  const localName = useLocalName();
  const format = useFormat();
  const value = useAlertValue();
  const alerts = useQuery({ ...trpc.commandCentre.alerts.queryOptions({ onlyOpen: true }), refetchInterval: 30_000 });
  return (
    <Card title={title ?? t('alerts.title')}>
      {alerts.error && <ErrorMessage error={alerts.error} />}
      {alerts.data && alerts.data.length === 0 && <p className="muted">{t('alerts.none')}</p>}
      <ul className="cc-alerts" data-testid="cc-alerts">
        {alerts.data?.map((a) => (
          <li key={a.id}>
            <StatusPill tone={alertTone[a.status]}>{t(`alerts.status.${a.status}`)}</StatusPill>{' '}
            <Link to={`/command-centre/alerts/${a.id}`}>{localName({ nameAr: a.centreNameAr, nameEn: a.centreNameEn })}</Link>{' '}
            <span>
              {t('alerts.value', {
                metric: t(`metric.${a.metric}`),
                value: value(a, a.value),
                comparison: t(`alerts.comparison.${a.comparison}`),
                target: value(a, a.target),
              })}
            </span>{' '}
            <span className="muted">{t('alerts.raised', { time: format.relative(a.raisedAt) })}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

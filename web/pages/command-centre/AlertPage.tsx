import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { Card } from '../../design/components/Card.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { useLocalName } from '../../app/display-name.ts';
import { useFormat } from '../../i18n/format.ts';
import { useMay } from '../../app/session.ts';
import { alertTone, useAlertValue } from './AlertsCard.tsx';
import { ConfirmInline } from '../../design/components/ConfirmInline.tsx';
import './command-centre.css';

/** One alert: what was missed and since when; the entity's people acknowledge it or raise it as a gap. */
export function AlertPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('commandCentre');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const localName = useLocalName();
  const format = useFormat();
  const value = useAlertValue();
  const responder = useMay()('answerCentreAlerts');
  const alert = useQuery(trpc.commandCentre.alert.queryOptions({ id }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.commandCentre.alert.queryKey({ id }) });
  const acknowledge = useMutation(trpc.commandCentre.acknowledge.mutationOptions({ onSuccess: refresh }));
  const raiseGap = useMutation(trpc.commandCentre.raiseGap.mutationOptions({ onSuccess: refresh }));
  const a = alert.data;

  return (
    <div className="stack">
      <PageHeader title={t('alerts.title')} subtitle={a ? localName({ nameAr: a.centreNameAr, nameEn: a.centreNameEn }) : undefined} />
      <Link to="/command-centre">{t('back')}</Link>
      {alert.error && <ErrorMessage error={alert.error} />}
      {a && (
        <Card title={t(`metric.${a.metric}`)}>
          <p>
            <StatusPill tone={alertTone[a.status]}>{t(`alerts.status.${a.status}`)}</StatusPill>
          </p>
          <p data-testid="cc-alert-value">
            {t('alerts.value', {
              metric: t(`metric.${a.metric}`),
              value: value(a, a.value),
              comparison: t(`alerts.comparison.${a.comparison}`),
              target: value(a, a.target),
            })}
          </p>
          <p className="muted">{t('alerts.raised', { time: format.dateTime(a.raisedAt) })}</p>
          <p>
            <Link to={`/command-centre/centres/${encodeURIComponent(a.centreCode)}`}>{t('centre')}</Link>
          </p>
          {a.gapId && (
            <p>
              <Link to={`/gaps/${a.gapId}`}>{t('alerts.openGap')}</Link>
            </p>
          )}
          {raiseGap.data && <p role="status">{t('alerts.gapRaised', { code: raiseGap.data.gapCode })}</p>}
          {(acknowledge.error || raiseGap.error) && <ErrorMessage error={acknowledge.error ?? raiseGap.error} />}
          {responder && (
            <div className="cc-actions">
              {a.status !== 'resolved' &&
                (a.acknowledged ? (
                  <span>{t('alerts.acknowledged')}</span>
                ) : (
                  <ConfirmInline
                    label={t('alerts.acknowledge')}
                    question={t('alerts.confirmAcknowledge')}
                    disabled={acknowledge.isPending}
                    onConfirm={() => acknowledge.mutate({ id })}
                  />
                ))}
              {!a.gapId && (
                <ConfirmInline
                  label={t('alerts.raiseGap')}
                  question={t('alerts.confirmRaiseGap')}
                  disabled={raiseGap.isPending}
                  onConfirm={() => raiseGap.mutate({ id })}
                />
              )}
            </div>
          )}
        </Card>
      )}
    </div>
  );
}

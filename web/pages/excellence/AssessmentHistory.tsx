import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Card } from '../../design/components/Card.tsx';
import { useFormat } from '../../i18n/format.ts';
import { eventLabel } from '../../i18n/workflow-labels.ts';

/** The assessment's recorded steps, newest first, with the reason a manager gave (reopen, extension, unlock). */
export function AssessmentHistory({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const format = useFormat();
  const history = useQuery(trpc.workflows.history.queryOptions({ id: assessmentId }));
  const events = [...(history.data ?? [])].reverse();
  if (events.length === 0) return null;
  return (
    <Card title={t('history.title')}>
      <ol className="stack" data-testid="assessment-history">
        {events.map((e) => {
          const reason = (e.payload as { reason?: unknown } | null)?.reason;
          return (
            <li key={e.seq} data-event={e.type}>
              <time dateTime={String(e.at)}>{format.dateTime(String(e.at))}</time> · <bdi>{e.actorLabel}</bdi> ·{' '}
              <strong>{eventLabel(t, 'excellence_assessment', e.type)}</strong>
              {typeof reason === 'string' && reason !== '' && <p className="exc-muted">{t('history.reason', { reason })}</p>}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}

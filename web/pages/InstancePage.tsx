import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../trpc/client.ts';
import { Button } from '../design/components/Button.tsx';
import { Card } from '../design/components/Card.tsx';
import { ErrorMessage } from '../design/components/ErrorMessage.tsx';
import { PageHeader } from '../design/components/PageHeader.tsx';
import { StatusPill, toneOfState } from '../design/components/StatusPill.tsx';
import { useFormat } from '../i18n/format.ts';
import { eventLabel, kindLabel, stateLabel } from '../i18n/workflow-labels.ts';
import { useEntityNames } from '../app/entity-names.ts';
import { AuditTrail } from './instance/AuditTrail.tsx';
import { ContextSummary } from './instance/ContextSummary.tsx';
import { LiveIndicator } from './instance/LiveIndicator.tsx';
import { useLiveHistory } from './instance/live-history.ts';
import { EventDialog } from './instance/EventDialog.tsx';
import { fieldsOf, type EventField } from './instance/event-fields.ts';
import './instance.css';

/** One workflow instance: where it stands, what the user can do next, and everything that happened. */
export function InstancePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('workflows');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const format = useFormat();
  const entityName = useEntityNames();
  const instance = useQuery(trpc.workflows.get.queryOptions({ id }));
  const { history, live } = useLiveHistory(id);
  // The event whose details the dialog is asking for.
  const [asking, setAsking] = useState<{ type: string; fields: EventField[] } | null>(null);
  const send = useMutation(
    trpc.workflows.send.mutationOptions({
      onSuccess: () => {
        setAsking(null);
        void queryClient.invalidateQueries({ queryKey: trpc.workflows.get.queryKey({ id }) });
        void queryClient.invalidateQueries({ queryKey: trpc.workflows.history.queryKey({ id }) });
      },
    }),
  );

  if (instance.isPending) return <p className="muted">{t('common:status.loading')}</p>;
  if (instance.isError)
    return (
      <div className="stack">
        <ErrorMessage error={instance.error} />
        <Link to="/workflows">{t('common:actions.back')}</Link>
      </div>
    );
  const wf = instance.data;

  return (
    <div className="stack">
      <nav className="instance__crumbs">
        <Link to="/workflows">{t('list.title')}</Link>
      </nav>
      <PageHeader
        title={kindLabel(t, wf.kind)}
        subtitle={<bdi className="instance__id">{wf.id}</bdi>}
        actions={
          <span data-testid="instance-state">
            <StatusPill tone={toneOfState(wf.state)}>{stateLabel(t, wf.kind, wf.state)}</StatusPill>
          </span>
        }
      />
      <div className="instance__grid">
        <Card title={t('instance.context')}>
          <dl className="facts instance__facts">
            <dt>{t('instance.state')}</dt>
            <dd>{stateLabel(t, wf.kind, wf.state)}</dd>
            <dt>{t('instance.entity')}</dt>
            <dd>{entityName(wf.entityId) ?? t('instance.noEntity')}</dd>
            <dt>{t('instance.started')}</dt>
            <dd>{format.dateTime(wf.createdAt)}</dd>
            <dt>{t('instance.updated')}</dt>
            <dd>{format.dateTime(wf.updatedAt)}</dd>
            <dt>{t('instance.version')}</dt>
            <dd>{format.number(wf.version)}</dd>
            <dt>{t('instance.machineVersion')}</dt>
            <dd>{format.number(wf.machineVersion)}</dd>
          </dl>
          <hr className="instance__rule" />
          <ContextSummary context={wf.context} />
        </Card>
        <Card title={t('instance.actions')}>
          {wf.availableEvents.length === 0 ? (
            <p className="muted">{t('instance.noActions')}</p>
          ) : (
            <div className="instance__actions" data-testid="available-events">
              {wf.availableEvents.map((type) => (
                <Button
                  key={type}
                  variant="secondary"
                  disabled={send.isPending}
                  data-event={type}
                  onClick={() => {
                    // A payload with fields is asked for first; an empty or unexpressible one is sent as it is.
                    const fields = fieldsOf(wf.eventSchemas[type]);
                    if (fields && fields.length > 0) {
                      send.reset();
                      setAsking({ type, fields });
                    } else send.mutate({ id: wf.id, type, payload: {}, expectedVersion: wf.version });
                  }}
                >
                  {eventLabel(t, wf.kind, type)}
                </Button>
              ))}
            </div>
          )}
          {send.isError && !asking && <ErrorMessage error={send.error} />}
          {send.isSuccess && (
            <p className="instance__sent" role="status">
              {t('instance.sent')}
            </p>
          )}
        </Card>
      </div>
      {asking && (
        <EventDialog
          key={asking.type}
          title={eventLabel(t, wf.kind, asking.type)}
          kind={wf.kind}
          fields={asking.fields}
          pending={send.isPending}
          error={send.error}
          onSubmit={(payload) => send.mutate({ id: wf.id, type: asking.type, payload, expectedVersion: wf.version })}
          onClose={() => {
            setAsking(null);
            send.reset();
          }}
        />
      )}
      {history.isError ? (
        <ErrorMessage error={history.error} />
      ) : (
        <AuditTrail kind={wf.kind} events={history.data ?? []} status={<LiveIndicator status={live.status} />} />
      )}
    </div>
  );
}

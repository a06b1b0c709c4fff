import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../design/components/Card.tsx';
import { EmptyState } from '../../design/components/EmptyState.tsx';
import { StatusPill, toneOfState } from '../../design/components/StatusPill.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useFormat } from '../../i18n/format.ts';
import { eventLabel, stateLabel } from '../../i18n/workflow-labels.ts';
import { PayloadView } from './PayloadView.tsx';

export interface AuditEvent {
  seq: number;
  type: string;
  payload: unknown;
  actorId: string | null;
  actorLabel: string;
  stateBefore: string | null;
  stateAfter: string;
  at: string;
}

/** Every recorded event of an instance, in sequence order. */
export function AuditTrail({ kind, events, status }: { kind: string; events: AuditEvent[]; status?: ReactNode }) {
  const { t } = useTranslation('workflows');
  const format = useFormat();
  return (
    <Card title={t('audit.title')} subtitle={t('audit.subtitle')} actions={status}>
      {events.length === 0 ? (
        <EmptyState title={t('audit.empty')} />
      ) : (
        <Table
          testId="audit-trail"
          caption={t('audit.title')}
          rows={events}
          rowKey={(e) => String(e.seq)}
          columns={[
            { key: 'seq', header: t('audit.seq'), numeric: true, cell: (e) => <span data-seq={e.seq}>{format.number(e.seq)}</span> },
            {
              key: 'time',
              header: t('audit.time'),
              numeric: true,
              cell: (e) => <time dateTime={e.at}>{format.dateTime(e.at)}</time>,
            },
            {
              key: 'actor',
              header: t('audit.actor'),
              cell: (e) => (e.actorId === null ? t('audit.system') : <bdi>{e.actorLabel}</bdi>),
            },
            {
              key: 'event',
              header: t('audit.event'),
              cell: (e) => (
                <strong className="audit__event" data-event={e.type}>
                  {eventLabel(t, kind, e.type)}
                </strong>
              ),
            },
            {
              key: 'transition',
              header: t('audit.transition'),
              cell: (e) => (
                <span className="audit__transition">
                  {e.stateBefore !== null && (
                    <>
                      <StatusPill tone={toneOfState(e.stateBefore)}>{stateLabel(t, kind, e.stateBefore)}</StatusPill>
                      {/* An arrow that points the reading direction: mirrored in RTL by CSS. */}
                      <span className="audit__arrow" aria-hidden="true">
                        →
                      </span>
                    </>
                  )}
                  <StatusPill tone={toneOfState(e.stateAfter)}>{stateLabel(t, kind, e.stateAfter)}</StatusPill>
                </span>
              ),
            },
            { key: 'payload', header: t('audit.payload'), cell: (e) => <PayloadView payload={e.payload} /> },
          ]}
        />
      )}
    </Card>
  );
}

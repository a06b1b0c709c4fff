import { stateLabel } from '../../i18n/workflow-labels.ts';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Card } from '../../design/components/Card.tsx';
import { EmptyState } from '../../design/components/EmptyState.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useBilingual } from '../../i18n/bilingual.ts';
import { useFormat } from '../../i18n/format.ts';
import { useEntityNames } from '../../app/entity-names.ts';
import { phaseTone } from './phase.ts';
import './participation.css';

/** The consultations the person runs (their entity's; the programme office: all). */
export function ConsultationsManagePage() {
  const { t } = useTranslation('participation');
  const trpc = useTRPC();
  const pick = useBilingual();
  const format = useFormat();
  const entityName = useEntityNames();
  const list = useQuery(trpc.participation.manage.list.queryOptions());
  return (
    <div className="stack">
      <PageHeader
        title={t('manage.title')}
        subtitle={t('manage.subtitle')}
        actions={
          <>
            <Link to="/participation/new">{t('manage.new')}</Link> <Link to="/participation/moderation">{t('manage.moderation')}</Link>{' '}
            <Link to="/participate">{t('manage.viewPublic')}</Link>
          </>
        }
      />
      <ErrorMessage error={list.error} />
      {list.data?.length === 0 && <EmptyState title={t('manage.none')} />}
      {list.data && list.data.length > 0 && (
        <Card>
          <Table
            testId="consultations"
            rows={list.data}
            rowKey={(r) => r.id}
            columns={[
              { key: 'title', header: t('manage.columnTitle'), cell: (r) => <Link to={`/participation/${r.id}`}>{pick(r.title)}</Link> },
              { key: 'entity', header: t('manage.entity'), cell: (r) => entityName(r.entityId) ?? t('manage.programme') },
              {
                key: 'phase',
                header: t('manage.columnPhase'),
                cell: (r) => <StatusPill tone={phaseTone[r.phase]}>{stateLabel(t, 'consultation', r.phase)}</StatusPill>,
              },
              { key: 'closes', header: t('manage.closesAt'), cell: (r) => format.date(r.closesAt) },
            ]}
          />
        </Card>
      )}
    </div>
  );
}

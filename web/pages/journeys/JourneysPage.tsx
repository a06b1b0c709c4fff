import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { EmptyState } from '../../design/components/EmptyState.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useEntityNames } from '../../app/entity-names.ts';
import { useFormat } from '../../i18n/format.ts';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { useBilingual } from '../../i18n/bilingual.ts';
import { stateLabel } from '../../i18n/workflow-labels.ts';
import './journeys.css';

export function JourneysPage() {
  const { t } = useTranslation('journeys');
  const pick = useBilingual();
  const trpc = useTRPC();
  const format = useFormat();
  const entityName = useEntityNames();
  const list = useQuery(trpc.journeys.list.queryOptions());
  return (
    <div className="stack">
      <PageHeader title={t('list.title')} subtitle={t('list.subtitle')} />
      <ErrorMessage error={list.error} />
      {list.data && list.data.length === 0 && <EmptyState title={t('list.empty')}>{t('list.emptyHint')}</EmptyState>}
      {list.data && list.data.length > 0 && (
        <Table
          testId="journeys-table"
          rows={list.data}
          rowKey={(j) => j.id}
          columns={[
            { key: 'title', header: t('list.journey'), cell: (j) => <Link to={`/journeys/${j.key}`}>{pick(j.title)}</Link> },
            { key: 'entity', header: t('detail.entity'), cell: (j) => entityName(j.entityId) },
            { key: 'phase', header: t('list.phase'), cell: (j) => stateLabel(t, 'journey_reengineering', j.phase) },
            { key: 'services', header: t('list.services'), cell: (j) => <span dir="ltr">{j.serviceCodes.join(', ')}</span> },
            { key: 'updated', header: t('list.updated'), cell: (j) => format.relative(j.updatedAt) },
          ]}
        />
      )}
    </div>
  );
}

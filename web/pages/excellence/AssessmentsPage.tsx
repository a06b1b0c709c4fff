import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { EmptyState } from '../../design/components/EmptyState.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useLocalName } from '../../app/display-name.ts';
import { AssessmentStage } from './AssessmentStage.tsx';
import './excellence.css';

/** The assessments this user works on or may read: the API decides which. */
export function AssessmentsPage() {
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const format = useFormat();
  const localName = useLocalName();
  const list = useQuery(trpc.excellence.cycles.myAssessments.queryOptions());
  return (
    <div className="stack">
      <PageHeader title={t('assessments.title')} />
      <ErrorMessage error={list.error} />
      {list.data && list.data.length === 0 && <EmptyState title={t('assessments.empty')} />}
      {list.data && list.data.length > 0 && (
        <Table
          testId="assessments"
          rows={list.data}
          rowKey={(a) => a.id}
          columns={[
            {
              key: 'entity',
              header: t('cycles.entity'),
              cell: (a) => (
                <Link to={`/excellence/assessments/${a.id}`}>{localName({ nameAr: a.subjectNameAr, nameEn: a.subjectNameEn })}</Link>
              ),
            },
            { key: 'cycle', header: t('cycles.number'), cell: (a) => `${format.number(a.cycleNumber)} (${a.cycleYear})`, numeric: true },
            { key: 'fw', header: t('cycles.framework'), cell: (a) => a.frameworkCode },
            {
              key: 'state',
              header: t('cycles.stage'),
              cell: (a) => <AssessmentStage state={a.state} late={a.late} />,
            },
          ]}
        />
      )}
    </div>
  );
}

import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { EmptyState } from '../../design/components/EmptyState.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useLocalName } from '../../app/display-name.ts';
import { useBilingual } from '../../i18n/bilingual.ts';

/** The cycle's published ranking: ranks, totals and labels all come from the API. */
export function RankingTable({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const format = useFormat();
  const localName = useLocalName();
  const bilingual = useBilingual();
  const ranking = useQuery(trpc.excellence.results.ranking.queryOptions({ cycleId }));
  if (ranking.error) return <ErrorMessage error={ranking.error} />;
  if (!ranking.data) return null;
  if (ranking.data.length === 0) return <EmptyState title={t('results.notPublished')} />;
  return (
    <Table
      testId="ranking"
      rows={ranking.data}
      rowKey={(r) => r.subjectId}
      columns={[
        { key: 'rank', header: t('results.rank'), cell: (r) => format.number(r.rank), numeric: true },
        {
          key: 'name',
          header: t('cycles.entity'),
          cell: (r) =>
            r.assessmentId ? (
              <Link to={`/excellence/assessments/${r.assessmentId}/result`}>{localName({ nameAr: r.nameAr, nameEn: r.nameEn })}</Link>
            ) : (
              localName({ nameAr: r.nameAr, nameEn: r.nameEn })
            ),
        },
        { key: 'total', header: t('results.total'), cell: (r) => `${format.score(r.totalPercent)}%`, numeric: true },
        { key: 'maturity', header: t('results.maturity'), cell: (r) => bilingual(r.maturity) },
        {
          key: 'class',
          header: t('results.classification'),
          cell: (r) =>
            r.stars ? (
              <span className="exc-stars" role="img" aria-label={t('results.stars', { count: r.stars })}>
                {'★'.repeat(r.stars)}
              </span>
            ) : r.tierName ? (
              bilingual(r.tierName)
            ) : r.missingSources.length > 0 ? (
              <span className="exc-muted">
                {t('results.unclassified', { sources: r.missingSources.map((m) => t(`sources.kinds.${m}`)).join('، ') })}
              </span>
            ) : (
              '—'
            ),
        },
        {
          key: 'prev',
          header: t('results.previousRank'),
          cell: (r) => (r.previousRank === null ? '—' : format.number(r.previousRank)),
          numeric: true,
        },
      ]}
    />
  );
}

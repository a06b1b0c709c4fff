import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Card } from '../../design/components/Card.tsx';
import { EmptyState } from '../../design/components/EmptyState.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { Table } from '../../design/components/Table.tsx';
import { LanguageSwitch } from '../../app/LanguageSwitch.tsx';
import { useFormat } from '../../i18n/format.ts';
import { ChangeBadge } from '../rankings/ChangeBadge.tsx';
import { CyclePicker } from '../rankings/CyclePicker.tsx';
import { HeatMapTable } from '../rankings/HeatMapTable.tsx';
import { LeadershipExports } from '../exports/LeadershipExports.tsx';
import { useBilingual } from '../../i18n/bilingual.ts';
import '../improvement.css';

/** Public, no sign-in: the published results of closed cycles only (the server refuses the rest). */
export function TransparencyPage() {
  const { t } = useTranslation('improvement');
  const pick = useBilingual();
  const trpc = useTRPC();
  const format = useFormat();
  const cycles = useQuery(trpc.transparency.cycles.queryOptions());
  const [cycleId, setCycleId] = useState('');
  useEffect(() => {
    const last = cycles.data?.at(-1);
    if (!cycleId && last) setCycleId(last.id);
  }, [cycles.data, cycleId]);
  const results = useQuery({ ...trpc.transparency.results.queryOptions({ cycleId }), enabled: cycleId !== '' });
  const nameOf = (id: string) => {
    const row = results.data?.rows.find((r) => r.subjectId === id);
    return row ? pick(row.name) : id;
  };
  return (
    <main id="main" className="stack" style={{ padding: 'var(--space-5)', maxInlineSize: 'var(--content-max)', marginInline: 'auto' }}>
      <PageHeader
        title={t('transparency.title')}
        subtitle={t('transparency.subtitle')}
        actions={
          <>
            <LeadershipExports report="transparency" cycleId={cycleId || undefined} />
            <span className="no-print">
              <LanguageSwitch /> <Link to="/transparency/centres">{t('transparency.centres')}</Link>{' '}
              <Link to="/login">{t('transparency.signIn')}</Link>
            </span>
          </>
        }
      />
      <ErrorMessage error={cycles.error ?? results.error} />
      {cycles.data && cycles.data.length === 0 && <EmptyState title={t('transparency.none')} />}
      {cycles.data && cycles.data.length > 0 && <CyclePicker cycles={cycles.data} value={cycleId} onChange={setCycleId} />}
      {results.data && (
        <>
          <Card title={t('rankings.leaderboard')}>
            <Table
              testId="public-leaderboard"
              rows={results.data.rows}
              rowKey={(r) => r.subjectId}
              columns={[
                { key: 'rank', header: t('rankings.rank'), numeric: true, cell: (r) => format.number(r.rank) },
                { key: 'entity', header: t('rankings.entity'), cell: (r) => nameOf(r.subjectId) },
                { key: 'score', header: t('rankings.score'), numeric: true, cell: (r) => `${format.score(r.totalPercent)}%` },
                {
                  key: 'tier',
                  header: t('rankings.tier'),
                  cell: (r) =>
                    r.tierName
                      ? pick(r.tierName)
                      : r.tier
                        ? t(`rankings.tiers.${r.tier}`, { defaultValue: '—' })
                        : r.stars
                          ? '★'.repeat(r.stars)
                          : '—',
                },
                { key: 'change', header: t('rankings.change'), cell: (r) => <ChangeBadge change={r.change} /> },
              ]}
            />
          </Card>
          <Card title={t('rankings.heatMap')}>
            <HeatMapTable data={results.data.heatMap} nameOf={nameOf} />
          </Card>
        </>
      )}
    </main>
  );
}

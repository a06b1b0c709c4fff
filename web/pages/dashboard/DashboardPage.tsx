import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTRPC } from '../../trpc/client.ts';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useFormat } from '../../i18n/format.ts';
import { CsvButton } from './CsvButton.tsx';
import { LeadershipExports } from '../exports/LeadershipExports.tsx';
import { summaryQuery } from './summary-query.ts';
import type { RouterOutputs } from '../actions/router-outputs.ts';
import { useBilingual } from '../../i18n/bilingual.ts';
import { stateLabel } from '../../i18n/workflow-labels.ts';
import '../improvement.css';
import { Code } from '../../design/components/Code.tsx';

export type Dashboard = RouterOutputs['dashboard']['summary'];

/** The leadership view at a glance; every figure comes from the server. */
export function DashboardPage() {
  const { t, i18n } = useTranslation('improvement');
  const trpc = useTRPC();
  const format = useFormat();
  const pick = useBilingual();
  const summary = useQuery(summaryQuery(trpc));
  const d = summary.data;
  const name = (id: string) => {
    const n = d?.names[id];
    return n ? pick(n) : id;
  };
  const rtl = i18n.dir() === 'rtl';
  if (summary.isPending) return <p className="muted">{t('common:status.loading')}</p>;
  if (!d) return <ErrorMessage error={summary.error} />;
  const cycleId = d.cycle?.id;
  const ranked = (rows: Dashboard['topEntities'], testId: string) => (
    <Table
      testId={testId}
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        { key: 'rank', header: t('rankings.rank'), numeric: true, cell: (r) => format.number(r.rank) },
        { key: 'entity', header: t('rankings.entity'), cell: (r) => name(r.id) },
        { key: 'score', header: t('rankings.score'), numeric: true, cell: (r) => `${format.score(r.score)}%` },
      ]}
    />
  );
  return (
    <div className="stack" data-testid="dashboard">
      <PageHeader
        title={t('dashboard.title')}
        subtitle={`${d.cycle ? t('rankings.cycleLabel', { number: d.cycle.number, year: d.cycle.year }) : t('dashboard.noCycle')} · ${t('dashboard.asOf', { date: format.dateTime(d.asOf) })}`}
        actions={<LeadershipExports report="dashboard" cycleId={cycleId} printPage="/dashboard/report" />}
      />
      <div className="improvement__grid">
        <Card title={t('dashboard.workshops')}>
          <p className="improvement__figure" data-testid="workshops-under-way">
            {format.number(d.workshopsUnderWay)}
          </p>
        </Card>
        <Card title={t('dashboard.journeys')}>
          <p className="improvement__figure" data-testid="journeys-under-way">
            {format.number(d.journeysUnderWay)}
          </p>
        </Card>
      </div>
      <div className="improvement__grid">
        <Card title={t('dashboard.top')} actions={<CsvButton table="top" cycleId={cycleId} />}>
          {ranked(d.topEntities, 'top-entities')}
        </Card>
        <Card title={t('dashboard.bottom')} actions={<CsvButton table="bottom" cycleId={cycleId} />}>
          {ranked(d.bottomEntities, 'bottom-entities')}
        </Card>
        <Card title={t('dashboard.stages')} actions={<CsvButton table="stages" cycleId={cycleId} />}>
          {/* Physical left/right inside the chart: in an RTL page SVG text anchors flip and the labels ran over the bars. */}
          <div className="improvement__chart" data-testid="stage-chart" style={{ direction: 'ltr' }}>
            <ResponsiveContainer>
              <BarChart
                data={d.cycleProgress.stages.map((s) => ({ stage: stateLabel(t, 'excellence_assessment', s.stage), count: s.count }))}
                layout="vertical"
              >
                <XAxis type="number" allowDecimals={false} reversed={rtl} tickFormatter={format.chart} />
                <YAxis type="category" dataKey="stage" width={150} interval={0} orientation={rtl ? 'right' : 'left'} />
                <Tooltip formatter={format.chart} />
                <Bar dataKey="count" name={t('dashboard.count')} fill="var(--color-brand-600)" />
              </BarChart>
            </ResponsiveContainer>
          </div>
        </Card>
        <Card title={t('dashboard.tiers')} actions={<CsvButton table="tiers" cycleId={cycleId} />}>
          {/* One row per tier key, named by the cycle's framework (a star tier's name says its stars). */}
          <Table
            testId="distribution"
            rows={d.tierDistribution}
            rowKey={(r) => r.tier ?? 'none'}
            columns={[
              {
                key: 'label',
                header: t('rankings.tier'),
                cell: (r) =>
                  r.tier === null ? t('dashboard.unrated') : r.name ? pick(r.name) : t(`rankings.tiers.${r.tier}`, { defaultValue: '—' }),
              },
              { key: 'count', header: t('dashboard.count'), numeric: true, cell: (r) => format.number(r.count) },
            ]}
          />
        </Card>
        <Card className="improvement__wide" title={t('dashboard.overdue')} actions={<CsvButton table="overdue" cycleId={cycleId} />}>
          {d.overdueByEntity.length === 0 ? (
            <p className="muted">{t('dashboard.empty')}</p>
          ) : (
            <Table
              testId="overdue-by-entity"
              rows={d.overdueByEntity.slice(0, 10)}
              rowKey={(r) => r.entityId}
              columns={[
                { key: 'entity', header: t('rankings.entity'), cell: (r) => name(r.entityId) },
                { key: 'count', header: t('actions.overdue'), numeric: true, cell: (r) => format.number(r.count) },
                { key: 'oldest', header: t('dashboard.oldestDue'), numeric: true, cell: (r) => format.date(r.oldestDueAt) },
              ]}
            />
          )}
        </Card>
        <Card className="improvement__wide" title={t('dashboard.gaps')} actions={<CsvButton table="gaps" cycleId={cycleId} />}>
          {d.largestOpenGaps.length === 0 ? (
            <p className="muted">{t('dashboard.empty')}</p>
          ) : (
            <Table
              testId="largest-gaps"
              rows={d.largestOpenGaps}
              rowKey={(g) => g.id}
              columns={[
                { key: 'code', header: t('gaps.code'), cell: (g) => <Code>{g.code}</Code> },
                { key: 'title', header: t('gaps.gap'), cell: (g) => g.title },
                { key: 'entity', header: t('rankings.entity'), cell: (g) => name(g.entityId) },
                {
                  key: 'severity',
                  header: t('gaps.severity'),
                  cell: (g) => (
                    <StatusPill tone={g.severity === 'critical' ? 'danger' : 'warning'}>{t(`severity.${g.severity}`)}</StatusPill>
                  ),
                },
                { key: 'age', header: t('dashboard.ageDays'), numeric: true, cell: (g) => format.number(g.ageDays) },
              ]}
            />
          )}
        </Card>
      </div>
    </div>
  );
}

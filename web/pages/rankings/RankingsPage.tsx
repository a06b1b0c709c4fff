import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import {
  Line,
  LineChart,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BaseTickContentProps,
} from 'recharts';
import { useTRPC } from '../../trpc/client.ts';
import { Card } from '../../design/components/Card.tsx';
import { EmptyState } from '../../design/components/EmptyState.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Select } from '../../design/components/Field.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useEntityNames } from '../../app/entity-names.ts';
import { ChangeBadge } from './ChangeBadge.tsx';
import { CyclePicker } from './CyclePicker.tsx';
import { HeatMapTable } from './HeatMapTable.tsx';
import { LeadershipExports } from '../exports/LeadershipExports.tsx';
import { useBilingual } from '../../i18n/bilingual.ts';
import { presentScore } from '../../../workflows/excellence/score-precision.ts';
import '../improvement.css';
import { Code } from '../../design/components/Code.tsx';

/** A radar spoke's label: the criterion's code, an identifier (Code.tsx), its name in the tooltip. */
function CriterionTick({ x, y, textAnchor, payload }: BaseTickContentProps) {
  return (
    <text x={x} y={y} textAnchor={textAnchor} dominantBaseline="central" fill="currentColor" data-code="" direction="ltr">
      {String(payload.value)}
    </text>
  );
}

/** Leaderboard, heat map, radar, trend and maturity (assessed beside projected) for one published cycle. */
export function RankingsPage() {
  const { t, i18n } = useTranslation('improvement');
  const pick = useBilingual();
  const trpc = useTRPC();
  const format = useFormat();
  const entityName = useEntityNames();
  const cycles = useQuery(trpc.rankings.cycles.queryOptions({}));
  const [cycleId, setCycleId] = useState('');
  const [subjectId, setSubjectId] = useState('');
  useEffect(() => {
    const last = cycles.data?.at(-1);
    if (!cycleId && last) setCycleId(last.id);
  }, [cycles.data, cycleId]);
  const cycle = cycles.data?.find((c) => c.id === cycleId);
  const board = useQuery({ ...trpc.rankings.leaderboard.queryOptions({ cycleId }), enabled: cycleId !== '' });
  useEffect(() => {
    const first = board.data?.rows[0];
    if (!subjectId && first) setSubjectId(first.subjectId);
  }, [board.data, subjectId]);
  const heat = useQuery({ ...trpc.rankings.heatMap.queryOptions({ cycleId }), enabled: cycleId !== '' });
  const radar = useQuery({ ...trpc.rankings.radar.queryOptions({ cycleId, subjectId }), enabled: cycleId !== '' && subjectId !== '' });
  const trend = useQuery({
    ...trpc.rankings.trend.queryOptions({ frameworkCode: cycle?.frameworkCode ?? '', subjectId }),
    enabled: !!cycle && subjectId !== '',
  });
  const maturity = useQuery({
    ...trpc.rankings.maturity.queryOptions({ cycleId, subjectId }),
    enabled: cycleId !== '' && subjectId !== '',
    retry: false,
  });
  const centreNames = new Map(
    (board.data?.rows ?? []).flatMap((r) =>
      r.nameAr !== null && r.nameEn !== null ? [[r.subjectId, pick({ ar: r.nameAr, en: r.nameEn })] as const] : [],
    ),
  );
  const name = (id: string) => centreNames.get(id) ?? entityName(id) ?? id;
  // The cycle's framework names each tier (`4_stars` is "Four stars"); the key itself is never shown.
  const tierLabel = (r: { tier: string | null; tierName: { ar: string; en: string } | null }) => {
    if (r.tier === null) return t('actions.notRated');
    return r.tierName ? pick(r.tierName) : t(`rankings.tiers.${r.tier}`, { defaultValue: '—' });
  };
  const subjectHeader = (board.data?.rows ?? []).some((r) => r.subjectKind === 'centre') ? t('rankings.centre') : t('rankings.entity');
  const rtl = i18n.dir() === 'rtl';
  const criterionNames = heat.data?.criterionNames ?? {};
  const criterionName = (code: string) => (criterionNames[code] ? pick(criterionNames[code]) : null);
  // The scale sits between the first two spokes, so its figures never sit on a criterion's label.
  const radarPoints = radar.data?.length ?? 0;
  const scaleAngle = radarPoints > 1 ? 90 - 180 / radarPoints : 45;
  // The outer ring's figure (100) would sit among the criteria's labels: the ring itself says it.
  const scaleTick = (value: number) => (value >= 100 ? '' : format.chart(value));

  if (cycles.isPending) return <p className="muted">{t('common:status.loading')}</p>;
  if (!cycles.data || cycles.data.length === 0) return <EmptyState title={t('rankings.noCycles')} />;
  return (
    <div className="stack">
      <PageHeader
        title={t('rankings.title')}
        subtitle={t('rankings.subtitle')}
        actions={<LeadershipExports report="rankings" cycleId={cycleId || undefined} />}
      />
      <div className="filters">
        <CyclePicker cycles={cycles.data} value={cycleId} onChange={setCycleId} testId="cycle-select" />
        <Field label={t('rankings.selectEntity')}>
          {(id) => (
            <Select id={id} value={subjectId} onChange={(e) => setSubjectId(e.target.value)}>
              {(board.data?.rows ?? []).map((r) => (
                <option key={r.subjectId} value={r.subjectId}>
                  {name(r.subjectId)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <ErrorMessage error={board.error} />
      {board.data && (
        <Card title={t('rankings.leaderboard')}>
          <Table
            testId="leaderboard"
            caption={t('rankings.leaderboard')}
            rows={board.data.rows}
            rowKey={(r) => r.subjectId}
            columns={[
              { key: 'rank', header: t('rankings.rank'), numeric: true, cell: (r) => format.number(r.rank) },
              { key: 'entity', header: subjectHeader, cell: (r) => name(r.subjectId) },
              { key: 'score', header: t('rankings.score'), numeric: true, cell: (r) => `${format.score(r.totalPercent)}%` },
              {
                key: 'stars',
                header: t('rankings.stars'),
                cell: (r) =>
                  r.stars === null ? (
                    t('actions.notRated')
                  ) : (
                    <span role="img" aria-label={t('excellence:results.stars', { count: r.stars })}>
                      {'★'.repeat(r.stars)}
                    </span>
                  ),
              },
              { key: 'tier', header: t('rankings.tier'), cell: (r) => tierLabel(r) },
              { key: 'change', header: t('rankings.change'), cell: (r) => <ChangeBadge change={r.change} /> },
            ]}
          />
        </Card>
      )}
      {heat.data && (
        <Card title={t('rankings.heatMap')}>
          <HeatMapTable data={heat.data} nameOf={name} />
        </Card>
      )}
      <div className="improvement__grid">
        {radar.data && (
          <Card title={`${t('rankings.radar')}: ${name(subjectId)}`}>
            <div className="improvement__chart" data-testid="radar">
              <ResponsiveContainer>
                <RadarChart
                  outerRadius="70%"
                  data={radar.data.map((p) => ({ criterion: p.criterionCode, value: presentScore(p.share * 100, 0) }))}
                >
                  <PolarGrid />
                  <PolarAngleAxis dataKey="criterion" tick={CriterionTick} />
                  <PolarRadiusAxis domain={[0, 100]} angle={scaleAngle} tickCount={3} tickFormatter={scaleTick} />
                  <Radar
                    dataKey="value"
                    name={t('rankings.assessed')}
                    stroke="var(--color-brand-700)"
                    fill="var(--color-brand-600)"
                    fillOpacity={0.4}
                  />
                  <Tooltip formatter={format.chart} labelFormatter={(code) => criterionName(String(code)) ?? String(code)} />
                </RadarChart>
              </ResponsiveContainer>
            </div>
          </Card>
        )}
        {trend.data && (
          <Card title={`${t('rankings.trend')}: ${name(subjectId)}`}>
            <div className="improvement__chart" data-testid="trend">
              <ResponsiveContainer>
                <LineChart
                  data={trend.data.map((p) => ({
                    cycle: t('rankings.cycleLabel', {
                      number: p.cycleNumber,
                      year: cycles.data.find((c) => c.id === p.cycleId)?.year ?? '',
                    }),
                    value: presentScore(p.share * 100),
                  }))}
                >
                  <XAxis dataKey="cycle" reversed={rtl} />
                  <YAxis domain={[0, 100]} orientation={rtl ? 'right' : 'left'} tickFormatter={format.chart} />
                  <Tooltip formatter={format.chart} />
                  <Line dataKey="value" name={t('rankings.score')} stroke="var(--color-brand-700)" />
                </LineChart>
              </ResponsiveContainer>
            </div>
          </Card>
        )}
      </div>
      {maturity.data && (
        <Card title={`${t('rankings.maturity')}: ${name(subjectId)}`} subtitle={t('rankings.projectedNote')}>
          <Table
            testId="maturity"
            rows={Object.keys(maturity.data.assessed.byCriterion)}
            rowKey={(c) => c}
            columns={[
              {
                key: 'c',
                header: t('rankings.criterion'),
                cell: (c) => (
                  <span className="improvement__criterion">
                    <Code>{c}</Code> {criterionName(c)}
                  </span>
                ),
              },
              {
                key: 'a',
                header: t('rankings.assessed'),
                numeric: true,
                cell: (c) => format.number(maturity.data.assessed.byCriterion[c] ?? 0),
              },
              {
                key: 'p',
                header: t('rankings.projected'),
                numeric: true,
                cell: (c) => format.number(maturity.data.projected.byCriterion[c] ?? 0),
              },
            ]}
          />
        </Card>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, Cell, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '../../i18n/format.ts';
import { Table } from '../../design/components/Table.tsx';
import { presentScore } from '../../../workflows/excellence/score-precision.ts';

export interface ParetoRowView {
  category: string;
  count: number;
  percent: number;
  cumulativePercent: number;
  vital: boolean;
}

/** Bars of complaints per category (largest first) and the cumulative share, as the server computed them. */
export function ParetoChart({ rows }: { rows: ParetoRowView[] }) {
  const { t, i18n } = useTranslation('journeys');
  const format = useFormat();
  const rtl = i18n.dir() === 'rtl';
  if (rows.length === 0) return <p>{t('pareto.empty')}</p>;
  // Categories are free text from the imports; known ones have a label, others show as written.
  const label = (c: string) => t(`categories.${c}`, { defaultValue: c });
  const data = rows.map((r) => ({ ...r, label: label(r.category), cumulative: presentScore(r.cumulativePercent) }));
  return (
    <figure className="pareto" data-testid="pareto-chart">
      <figcaption className="visually-hidden">{t('pareto.title')}</figcaption>
      <div className="pareto__chart" dir="ltr">
        <ResponsiveContainer width="100%" height={300}>
          <ComposedChart data={data} margin={{ top: 10, right: 10, bottom: 40, left: 10 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" reversed={rtl} angle={-20} textAnchor="end" interval={0} height={90} />
            <YAxis yAxisId="count" orientation={rtl ? 'right' : 'left'} allowDecimals={false} tickFormatter={format.chart} />
            <YAxis yAxisId="pct" orientation={rtl ? 'left' : 'right'} domain={[0, 100]} tickFormatter={format.percent} />
            <Tooltip formatter={format.chart} />
            <Legend verticalAlign="top" />
            <Bar yAxisId="count" dataKey="count" name={t('pareto.count')}>
              {data.map((r) => (
                <Cell key={r.category} fill={r.vital ? 'var(--color-maroon-700)' : 'var(--color-brand-600)'} />
              ))}
            </Bar>
            <Line yAxisId="pct" dataKey="cumulative" name={t('pareto.cumulative')} stroke="var(--color-gold-500)" strokeWidth={2} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <Table
        rows={rows}
        rowKey={(r) => r.category}
        caption={t('pareto.title')}
        columns={[
          { key: 'category', header: t('pareto.category'), cell: (r) => label(r.category) },
          { key: 'count', header: t('pareto.count'), numeric: true, cell: (r) => format.number(r.count) },
          { key: 'cum', header: t('pareto.cumulative'), numeric: true, cell: (r) => format.score(r.cumulativePercent) },
          { key: 'vital', header: t('pareto.vital'), cell: (r) => (r.vital ? '✓' : '') },
        ]}
      />
    </figure>
  );
}

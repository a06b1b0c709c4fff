import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { formattersFor } from '../../i18n/format.ts';
import type { RouterOutputs } from '../actions/router-outputs.ts';
import '../improvement.css';

type Dashboard = RouterOutputs['dashboard']['summary'];
type Lang = 'ar' | 'en';

/** One titled table of the report, a row per item. */
function ReportTable<T>({
  title,
  rows,
  rowKey,
  cells,
}: {
  title: string;
  rows: readonly T[];
  rowKey(row: T): string;
  cells(row: T): ReactNode;
}) {
  return (
    <section className="report__section">
      <h2>{title}</h2>
      <table>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>{cells(row)}</tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** One language's half of the report: the same figures, that language's words and numerals. */
function ReportHalf({ d, lng }: { d: Dashboard; lng: Lang }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(lng, 'improvement');
  const f = formattersFor(lng);
  const name = (id: string) => d.names[id]?.[lng] ?? id;
  const pct = (v: number) => `${f.score(v)}%`;
  const ranked = (e: Dashboard['topEntities'][number]) => (
    <>
      <td>{f.number(e.rank)}</td>
      <td>{name(e.id)}</td>
      <td>{pct(e.score)}</td>
    </>
  );
  return (
    <div lang={lng} dir={lng === 'ar' ? 'rtl' : 'ltr'} data-testid={`report-${lng}`}>
      <h1>{t('dashboard.title')}</h1>
      <p>
        {d.cycle ? t('rankings.cycleLabel', { number: d.cycle.number, year: d.cycle.year }) : t('dashboard.noCycle')} ·{' '}
        {t('dashboard.asOf', { date: f.dateTime(d.asOf) })}
      </p>
      <ReportTable title={t('dashboard.top')} rows={d.topEntities} rowKey={(e) => e.id} cells={ranked} />
      <ReportTable title={t('dashboard.bottom')} rows={d.bottomEntities} rowKey={(e) => e.id} cells={ranked} />
      <ReportTable
        title={t('dashboard.tiers')}
        rows={d.tierDistribution}
        rowKey={(x) => x.tier ?? 'none'}
        cells={(x) => (
          <>
            <td>{x.tier === null ? t('dashboard.unrated') : (x.name?.[lng] ?? t(`rankings.tiers.${x.tier}`, { defaultValue: '—' }))}</td>
            <td>{f.number(x.count)}</td>
          </>
        )}
      />
      <ReportTable
        title={t('dashboard.overdue')}
        rows={d.overdueByEntity.slice(0, 15)}
        rowKey={(o) => o.entityId}
        cells={(o) => (
          <>
            <td>{name(o.entityId)}</td>
            <td>{f.number(o.count)}</td>
            <td>{f.date(o.oldestDueAt)}</td>
          </>
        )}
      />
      <ReportTable
        title={t('dashboard.gaps')}
        rows={d.largestOpenGaps}
        rowKey={(g) => g.id}
        cells={(g) => (
          <>
            <td dir="ltr">{g.code}</td>
            <td>{g.title}</td>
            <td>{name(g.entityId)}</td>
            <td>{t(`severity.${g.severity}`)}</td>
          </>
        )}
      />
      <section className="report__section">
        <h2>{t('dashboard.underWay')}</h2>
        <p>
          {t('dashboard.workshops')}: {f.number(d.workshopsUnderWay)} · {t('dashboard.journeys')}: {f.number(d.journeysUnderWay)}
        </p>
      </section>
    </div>
  );
}

/** The dashboard as a bilingual page for print (or "save as PDF"): Arabic and English side by side. */
export function ReportPage() {
  const { t } = useTranslation('improvement');
  const trpc = useTRPC();
  const summary = useQuery(trpc.dashboard.summary.queryOptions({}));
  if (summary.isPending) return <p className="muted">{t('common:status.loading')}</p>;
  if (!summary.data) return <ErrorMessage error={summary.error} />;
  return (
    <div className="report">
      <div className="no-print improvement__toolbar">
        <Button onClick={() => window.print()}>{t('dashboard.print')}</Button>
      </div>
      <div className="report__bilingual">
        <ReportHalf d={summary.data} lng="ar" />
        <ReportHalf d={summary.data} lng="en" />
      </div>
    </div>
  );
}

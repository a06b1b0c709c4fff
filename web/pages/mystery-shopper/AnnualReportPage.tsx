import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { EmptyState } from '../../design/components/EmptyState.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { LanguageSwitch } from '../../app/LanguageSwitch.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useLocalName } from '../../app/display-name.ts';
import './annual-report.css';

/**
 * Public, no sign-in: an entity's mystery-shopper results for a year, from published periods
 * only. The PDF is the browser's own "save as PDF" of this page, laid out by its print stylesheet.
 */
export function AnnualReportPage() {
  const { entityId = '', year = '' } = useParams();
  const { t } = useTranslation('mysteryShopper');
  const trpc = useTRPC();
  const format = useFormat();
  const localName = useLocalName();
  const y = Number(year);
  const report = useQuery({
    ...trpc.mysteryShopper.annualReport.queryOptions({ entityId, year: y }),
    enabled: Number.isInteger(y) && y >= 2000 && y <= 2100,
    retry: false,
  });
  const score = (s: number | null) => (s === null ? '—' : format.score(s));
  return (
    <main id="main" className="stack annual-report">
      <PageHeader
        title={t('report.title', { year: Number.isInteger(y) ? String(y) : '' })}
        subtitle={report.data ? localName(report.data.entity) : undefined}
        actions={
          <span className="annual-report__tools">
            <LanguageSwitch />{' '}
            <Button variant="secondary" onClick={() => window.print()}>
              {t('report.print')}
            </Button>{' '}
            <Link to="/transparency">{t('title')}</Link>
          </span>
        }
      />
      <ErrorMessage error={report.error} />
      {report.data && report.data.periods.length === 0 && <EmptyState title={t('report.noData')} />}
      {report.data && report.data.periods.length > 0 && (
        <>
          <section className="annual-report__summary" aria-label={t('report.overall')}>
            <p>
              <strong>{t('report.overall')}:</strong> <span data-testid="report-score">{score(report.data.score)}</span>
            </p>
            <p>{t('report.visits', { count: report.data.visits })}</p>
          </section>
          <table className="table annual-report__table" data-testid="report-table">
            <caption className="visually-hidden">{t('report.title', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.centre')}</th>
                <th scope="col">{t('report.overall')}</th>
                {(['centre', 'phone', 'website', 'app'] as const).map((c) => (
                  <th key={c} scope="col">
                    {t(`channels.${c}`)}
                  </th>
                ))}
                <th scope="col">{t('report.trend')}</th>
                <th scope="col">{t('report.findings')}</th>
              </tr>
            </thead>
            <tbody>
              {report.data.centres.map((c) => (
                <tr key={c.centreId} data-centre={c.centreId}>
                  <th scope="row">{localName(c)}</th>
                  <td>{score(c.score)}</td>
                  {(['centre', 'phone', 'website', 'app'] as const).map((ch) => (
                    <td key={ch}>{score(c.channels.find((x) => x.channel === ch)?.score ?? null)}</td>
                  ))}
                  <td>{c.trend.map(score).join(' · ')}</td>
                  <td>{format.number(c.findings)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </main>
  );
}

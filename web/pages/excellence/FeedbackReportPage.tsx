import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../api/root.ts';
import { formattersFor } from '../../i18n/format.ts';
import './excellence.css';

type Report = inferRouterOutputs<AppRouter>['excellence']['results']['feedbackReport'];
type Lang = 'ar' | 'en';

/**
 * The feedback report in Arabic and English side by side, laid out for print: "PDF" is the
 * browser's print dialog (Save as PDF), no PDF library involved.
 */
export function FeedbackReportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const report = useQuery(trpc.excellence.results.feedbackReport.queryOptions({ id }));
  return (
    <div className="stack">
      <div className="exc-row no-print">
        <Button onClick={() => window.print()}>{t('report.print')}</Button>
        <span className="exc-muted">{t('report.printHint')}</span>
      </div>
      <ErrorMessage error={report.error} />
      {report.data && (
        <article className="exc-report" data-testid="feedback-report">
          <div className="exc-report__lang">
            <ReportColumn report={report.data} lang="ar" />
            <ReportColumn report={report.data} lang="en" />
          </div>
        </article>
      )}
    </div>
  );
}

function ReportColumn({ report, lang }: { report: Report; lang: Lang }) {
  const { i18n } = useTranslation();
  // Each column is written in its own language, whatever the interface language is.
  const t = i18n.getFixedT(lang, 'excellence');
  const format = formattersFor(lang);
  const score = (s: Report['nodes'][number]['score']) =>
    s.shows === 'raw'
      ? `${format.score(s.percent)}% · ${s.band[lang]}`
      : `${s.band[lang]} (${format.number(s.min)}–${format.number(s.max)})`;
  return (
    <div className="exc-report__col" lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
      <h1>{t('report.title')}</h1>
      <p>
        <strong>{lang === 'ar' ? report.entity.nameAr : report.entity.nameEn}</strong>
        <br />
        {report.framework.name[lang]} · {t('cycles.number')} {report.cycle.number} ({report.cycle.year})
      </p>
      {report.total && (
        <p>
          {t('results.total')}: {score(report.total)}
        </p>
      )}
      {report.nodes.map((n) => (
        <section key={n.code}>
          <h2 style={{ fontSize: n.depth === 0 ? '1.15rem' : '1rem' }}>
            {n.code} {n.name[lang]} — {n.score.shows === 'raw' ? t('report.score') : t('report.band')}: {score(n.score)}
          </h2>
          {n.strengths.length > 0 && (
            <>
              <h3>{t('results.strengths')}</h3>
              <ul>
                {n.strengths.map((s, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a published report's free-text comments have no id and never change order
                  <li key={i}>{s}</li>
                ))}
              </ul>
            </>
          )}
          {n.afis.length > 0 && (
            <>
              <h3>{t('results.afis')}</h3>
              <ul>
                {n.afis.map((s, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a published report's free-text comments have no id and never change order
                  <li key={i}>{s}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </div>
  );
}

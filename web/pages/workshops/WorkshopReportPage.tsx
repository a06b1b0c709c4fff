import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { useFormat } from '../../i18n/format.ts';
import { ComparisonTable } from './ComparisonTable.tsx';
import './workshops.css';

/**
 * The printable report: every name the workshop recorded in both languages side by side
 * (Arabic first), headings in the interface language, figures from the API.
 */
export function WorkshopReportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('workshops');
  const format = useFormat();
  const trpc = useTRPC();
  const query = useQuery(trpc.workshops.report.queryOptions({ id }));
  if (query.error) return <ErrorMessage error={query.error} />;
  if (!query.data) return <p className="muted">{t('common:status.loading')}</p>;
  const { report, bundleName, serviceNames, entityNames, phaseLabels, quadrantLabels } = query.data;
  const both = (text: { ar: string; en: string } | null | undefined) =>
    text ? (
      <>
        <span lang="ar" dir="rtl">
          {text.ar}
        </span>{' '}
        <span className="muted">|</span>{' '}
        <span lang="en" dir="ltr">
          {text.en}
        </span>
      </>
    ) : null;
  return (
    <article className="stack ws-report" data-testid="workshop-report">
      <PageHeader
        title={both(report.title)}
        subtitle={both(bundleName)}
        actions={
          <Button variant="secondary" className="no-print" onClick={() => window.print()}>
            {t('report.print')}
          </Button>
        }
      />
      <section>
        <h2>{t('report.attendance')}</h2>
        <dl className="facts">
          <div className="facts__row">
            <dt>{t('report.customers')}</dt>
            <dd>{format.number(report.attendance.customers)}</dd>
          </div>
          <div className="facts__row">
            <dt>{t('report.representatives')}</dt>
            <dd>{format.number(report.attendance.entityRepresentatives)}</dd>
          </div>
          <div className="facts__row">
            <dt>{t('report.entities')}</dt>
            <dd>
              {report.attendance.entities.map((e) => (
                <div key={e}>{both(entityNames[e])}</div>
              ))}
            </dd>
          </div>
        </dl>
      </section>
      <section>
        <h2>{t('report.phases')}</h2>
        <ol>
          {report.phases.map((p) => (
            <li key={`${p.phase}@${p.startedAt}`}>
              {both(phaseLabels[p.phase])} · {format.dateTime(p.startedAt)} – {format.dateTime(p.endedAt)} · {t(`report.how.${p.how}`)}
              {p.reason && <> · {p.reason}</>}
            </li>
          ))}
        </ol>
      </section>
      <section>
        <h2>{t('report.painPoints')}</h2>
        <ul>
          {report.painPoints.map((p) => (
            <li key={p.id}>
              {p.text} {p.serviceId && <small className="muted">({both(serviceNames[p.serviceId])})</small>} ·{' '}
              {t('report.ideasAddressing', { count: p.ideaCount })}
            </li>
          ))}
        </ul>
      </section>
      {report.quotes.length > 0 && (
        <section>
          <h2>{t('report.quotes')}</h2>
          {report.quotes.map((q) => (
            <blockquote key={q.id}>{q.text}</blockquote>
          ))}
        </section>
      )}
      <section>
        <h2>{t('report.ranked')}</h2>
        <ol>
          {report.ranked.map((r) => (
            <li key={r.ideaId}>
              {r.text}{' '}
              <small className="muted">
                ({both(quadrantLabels[r.quadrant])} · {format.score(r.score, 2)})
              </small>
            </li>
          ))}
        </ol>
      </section>
      {report.comparison && (
        <section>
          <h2>{t('report.comparison')}</h2>
          <ComparisonTable comparison={report.comparison} />
        </section>
      )}
      <section>
        <h2>{t('report.commitments')}</h2>
        {report.commitmentsByEntity.map((group) => (
          <div key={group.entityId}>
            <h3>{both(entityNames[group.entityId])}</h3>
            <ul>
              {group.commitments.map((c) => (
                <li key={c.id}>
                  {c.action} · {c.owner} · {format.date(c.dueDate)}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </article>
  );
}

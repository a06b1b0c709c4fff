import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from 'recharts';
import { useTRPC } from '../../trpc/client.ts';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useLocalName } from '../../app/display-name.ts';
import { useBilingual } from '../../i18n/bilingual.ts';
import { presentScore } from '../../../workflows/excellence/score-precision.ts';
import './excellence.css';

/** An entity's published result: every figure here was computed by the API at publication. */
export function ResultPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const format = useFormat();
  const bilingual = useBilingual();
  const localName = useLocalName();
  const assessment = useQuery(trpc.excellence.assessments.get.queryOptions({ id }));
  const result = useQuery(trpc.excellence.results.result.queryOptions({ id }));
  const r = result.data;
  const a = assessment.data;
  return (
    <div className="stack">
      <PageHeader
        title={a ? `${t('results.title')} · ${localName({ nameAr: a.subjectNameAr, nameEn: a.subjectNameEn })}` : t('results.title')}
        actions={<Link to={`/excellence/assessments/${id}/report`}>{t('results.report')}</Link>}
      />
      <ErrorMessage error={result.error ?? assessment.error} />
      {r && (
        <>
          <div className="exc-kpis">
            <div className="exc-kpi">
              <div className="exc-muted">{t('results.total')}</div>
              <div className="exc-kpi__value" data-testid="total">
                {format.score(r.totalPercent)}%
              </div>
              <div className="exc-muted">
                {t('results.points', { points: format.score(r.totalPoints), max: format.number(r.maxPoints) })}
              </div>
            </div>
            <div className="exc-kpi">
              <div className="exc-muted">{t('results.maturity')}</div>
              <div className="exc-kpi__value">{bilingual(r.maturity?.name)}</div>
            </div>
            <div className="exc-kpi">
              <div className="exc-muted">{t('results.classification')}</div>
              <div className="exc-kpi__value">
                {r.stars ? (
                  <span className="exc-stars" role="img" aria-label={t('results.stars', { count: r.stars })}>
                    {'★'.repeat(r.stars)}
                  </span>
                ) : (
                  bilingual(r.tier?.name) || '—'
                )}
              </div>
              {r.classification && r.classification.missing.length > 0 && (
                <div className="exc-muted" data-testid="unclassified">
                  {t('results.unclassified', {
                    sources: r.classification.missing.map((m) => bilingual(m.name) || t(`sources.kinds.${m.source}`)).join('، '),
                  })}
                </div>
              )}
            </div>
            <div className="exc-kpi">
              <div className="exc-muted">{t('results.rank')}</div>
              <div className="exc-kpi__value">{format.number(r.rank)}</div>
              {r.previousRank !== null && (
                <div className="exc-muted">
                  {t('results.previousRank')}: {format.number(r.previousRank)}
                </div>
              )}
            </div>
          </div>
          {r.classification && r.classification.parts.length > 0 && (
            <Card title={t('results.composite')}>
              <Table
                testId="composite"
                rows={r.classification.parts}
                rowKey={(p) => p.source}
                columns={[
                  { key: 'source', header: t('sources.subjectSource'), cell: (p) => bilingual(p.name) || t(`sources.kinds.${p.source}`) },
                  { key: 'percent', header: t('results.total'), cell: (p) => `${format.score(p.percent)}%`, numeric: true },
                  { key: 'weight', header: t('results.weight'), cell: (p) => `${format.number(p.weight)}%`, numeric: true },
                  { key: 'contribution', header: t('results.contribution'), cell: (p) => format.score(p.contribution), numeric: true },
                ]}
              />
              {r.classification.score !== null && <p>{t('results.compositeScore', { score: format.score(r.classification.score) })}</p>}
            </Card>
          )}
          <Card title={t('results.radar')}>
            <div style={{ inlineSize: '100%', blockSize: 320 }} dir="ltr">
              <ResponsiveContainer>
                <RadarChart data={r.pillars.map((p) => ({ pillar: bilingual(p.name), percent: presentScore(p.percent) }))}>
                  <PolarGrid />
                  <PolarAngleAxis dataKey="pillar" />
                  <PolarRadiusAxis
                    domain={[0, 100]}
                    angle={45}
                    tickCount={3}
                    tickFormatter={(v: number) => (v >= 100 ? '' : format.chart(v))}
                  />
                  <Radar dataKey="percent" stroke="var(--color-brand-600)" fill="var(--color-brand-600)" fillOpacity={0.35} />
                  <Tooltip formatter={format.chart} />
                </RadarChart>
              </ResponsiveContainer>
            </div>
          </Card>
          <Card title={`${t('results.strengths')} · ${t('results.afis')}`}>
            {r.nodes
              .filter((n) => n.strengths.length > 0 || n.afis.length > 0)
              .map((n) => (
                <section key={n.code} className="exc-node">
                  <h3>
                    <span className="exc-node__code">{n.code}</span>
                    {bilingual(n.name)} · {format.score(n.percent)}%
                  </h3>
                  {n.strengths.length > 0 && (
                    <div>
                      <strong>{t('results.strengths')}</strong>
                      <ul>
                        {n.strengths.map((s, i) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: read-only free-text comments with no id, shown in their recorded order
                          <li key={i}>{s}</li>
                        ))}
                      </ul>
                    </div>
                  )}
                  {n.afis.length > 0 && (
                    <div>
                      <strong>{t('results.afis')}</strong>
                      <ul>
                        {n.afis.map((s, i) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: read-only free-text comments with no id, shown in their recorded order
                          <li key={i}>{s}</li>
                        ))}
                      </ul>
                    </div>
                  )}
                </section>
              ))}
          </Card>
        </>
      )}
    </div>
  );
}

import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTRPC } from '../../trpc/client.ts';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import { useEntityNames } from '../../app/entity-names.ts';
import { useFormat } from '../../i18n/format.ts';
import { ComparisonTable } from '../workshops/ComparisonTable.tsx';
import { useBilingual } from '../../i18n/bilingual.ts';
import './bundles.css';

const charted = ['services', 'steps', 'documents', 'visits', 'days'] as const;
const entityOf = (code: string) => `ent-${code.toLowerCase()}`;

/** One bundle: trigger, governance, services with their as-is facts, documents (once-only) and the before/after. */
export function BundlePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('bundles');
  const trpc = useTRPC();
  const pick = useBilingual();
  const format = useFormat();
  const entityName = useEntityNames();
  const query = useQuery(trpc.bundles.get.queryOptions({ id }));
  if (query.error) return <ErrorMessage error={query.error} />;
  if (!query.data) return <p className="muted">{t('common:status.loading')}</p>;
  const b = query.data;
  // Bundle codes the entity register does not hold yet (placeholders) show as their code.
  const entity = (code: string) => {
    const name = entityName(entityOf(code));
    return name && name !== entityOf(code) ? name : code;
  };
  const documentName = new Map(b.documents.map((d) => [d.id, pick(d.name)]));
  const chart = b.comparison
    ? charted.map((f) => ({
        name: t(`figure.${f}`),
        [t('detail.baseline')]: b.comparison![f].baseline,
        [t('detail.target')]: b.comparison![f].target,
      }))
    : [];
  return (
    <div className="stack">
      <PageHeader title={pick(b.name)} subtitle={<StatusPill tone="accent">{t(`lifeEvent.${b.lifeEvent}`)}</StatusPill>} />
      <Card title={t('detail.beforeAfter')}>
        {b.comparison ? (
          <>
            <ComparisonTable comparison={b.comparison} />
            <div className="bd-chart" dir="ltr">
              <ResponsiveContainer width="100%" height={260}>
                <BarChart data={chart} layout="horizontal">
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="name" reversed={i18n.dir() === 'rtl'} />
                  <YAxis orientation={i18n.dir() === 'rtl' ? 'right' : 'left'} tickFormatter={format.chart} />
                  <Tooltip formatter={format.chart} />
                  <Legend />
                  <Bar dataKey={t('detail.baseline')} fill="var(--color-maroon-700)" />
                  <Bar dataKey={t('detail.target')} fill="var(--color-brand-600)" />
                </BarChart>
              </ResponsiveContainer>
            </div>
          </>
        ) : (
          <p className="muted">{t('detail.noDesign')}</p>
        )}
      </Card>
      <Card title={t('detail.trigger')}>
        <p>{pick(b.trigger.description)}</p>
        <h3>{t('detail.eligibility')}</h3>
        <ul>
          {b.eligibility.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: read-only bilingual sentences with no id, never reordered or edited here
            <li key={i}>{pick(e)}</li>
          ))}
        </ul>
        <h3>{t('detail.governance')}</h3>
        <p>
          {pick(b.governanceGroup.name)} · {t('detail.chair')}: {entity(b.governanceGroup.chair)}
        </p>
      </Card>
      <Card title={t('detail.services')}>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>{t('detail.services')}</th>
                <th>{t('detail.provider')}</th>
                <th className="num">{t('figure.steps')}</th>
                <th className="num">{t('figure.visits')}</th>
                <th className="num">{t('figure.documents')}</th>
                <th className="num">{t('figure.fees')}</th>
                <th className="num">{t('figure.days')}</th>
                <th>{t('detail.channels')}</th>
              </tr>
            </thead>
            <tbody>
              {b.services.map((s) => (
                <tr key={s.id}>
                  <td>
                    <strong>{pick(s.name)}</strong>
                  </td>
                  <td data-label={t('detail.provider')}>{entity(s.providedBy)}</td>
                  <td className="num" data-label={t('figure.steps')}>
                    {format.number(s.baseline.steps)}
                  </td>
                  <td className="num" data-label={t('figure.visits')}>
                    {format.number(s.baseline.visits)}
                  </td>
                  <td className="num" data-label={t('figure.documents')}>
                    {format.number(s.requiredDocumentIds.length)}
                  </td>
                  <td className="num" data-label={t('figure.fees')}>
                    {format.number(s.baseline.fees)}
                  </td>
                  <td className="num" data-label={t('figure.days')}>
                    {format.number(s.baseline.typicalDays)}
                  </td>
                  <td data-label={t('detail.channels')}>{s.baseline.channels.map((c) => t(`channel.${c}`)).join('، ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      <Card title={t('detail.documents')}>
        <ul className="bd-docs">
          {b.documentStatuses.map((d) => (
            <li key={d.documentId}>
              {documentName.get(d.documentId) ?? d.documentId}{' '}
              {d.status === 'required' ? (
                <StatusPill tone="warning">{t('detail.required')}</StatusPill>
              ) : (
                <StatusPill tone="success">{t('detail.eliminated', { entity: entity(d.heldBy), basis: d.basis.reference })}</StatusPill>
              )}
            </li>
          ))}
        </ul>
      </Card>
      <Card title={t('detail.history')}>
        <ol className="bd-history">
          {b.history.map((h) => (
            <li key={h.version}>
              {t('detail.version', { version: format.number(h.version) })} · {format.date(h.recordedAt)} ·{' '}
              {h.workshopId ? t('detail.fromWorkshop') : t('detail.seeded')}
              {h.comparison && (
                <small className="muted">
                  {' '}
                  · {t('figure.steps')} {format.number(h.comparison.steps.target)} · {t('figure.days')}{' '}
                  {format.number(h.comparison.days.target)}
                </small>
              )}
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}

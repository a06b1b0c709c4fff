import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useBilingual } from '../../i18n/bilingual.ts';
import './bundles.css';

const headline = ['steps', 'documents', 'visits', 'days'] as const;

/** The eight life-event bundles with their headline before/after figures from the API. */
export function BundlesPage() {
  const { t } = useTranslation('bundles');
  const trpc = useTRPC();
  const pick = useBilingual();
  const format = useFormat();
  const list = useQuery(trpc.bundles.list.queryOptions());
  return (
    <div className="stack">
      <PageHeader title={t('list.title')} />
      <ErrorMessage error={list.error} />
      <ul className="bd-grid">
        {(list.data ?? []).map((b) => (
          <li key={b.id} className="card bd-card" data-testid="bundle-card">
            <h2 className="card__title">
              <Link to={`/bundles/${encodeURIComponent(b.id)}`}>{pick(b.name)}</Link>
            </h2>
            <p className="muted">
              <StatusPill tone="accent">{t(`lifeEvent.${b.lifeEvent}`)}</StatusPill>{' '}
              {t('list.services', { count: b.serviceCount, n: format.number(b.serviceCount) })} ·{' '}
              {t('list.entities', { count: b.participatingEntities.length, n: format.number(b.participatingEntities.length) })}
            </p>
            <dl className="bd-figures">
              {headline.map((f) => (
                <div key={f}>
                  <dt>{t(`figure.${f}`)}</dt>
                  <dd>
                    <bdi dir="ltr">
                      {format.number(b.baseline[f])}
                      {b.comparison && <> → {format.number(b.comparison[f].target)}</>}
                    </bdi>
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}

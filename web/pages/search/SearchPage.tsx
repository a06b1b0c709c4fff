import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { Button } from '../../design/components/Button.tsx';
import { Field, Input } from '../../design/components/Field.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { useBilingual } from '../../i18n/bilingual.ts';
import { useFormat } from '../../i18n/format.ts';
import { useEntityNames } from '../../app/entity-names.ts';
import type { SearchHit, SearchKind } from '../../../api/search/site-search.ts';
import './search.css';

/** The order kinds are listed in: the organisation first, then the work. */
const kindOrder: SearchKind[] = ['entity', 'service', 'journey', 'workshop', 'cycle', 'gap', 'action'];

/** Where a hit opens. */
function hrefOf(hit: SearchHit): string {
  const id = encodeURIComponent(hit.id);
  switch (hit.kind) {
    case 'entity':
      return `/gaps?${new URLSearchParams({ entity: hit.id })}`;
    case 'service':
      return '/services';
    case 'journey':
      return `/journeys/${id}`;
    case 'workshop':
      return `/workshops/${id}`;
    case 'cycle':
      return `/excellence/cycles/${id}`;
    case 'gap':
      return `/gaps/${id}`;
    case 'action':
      return `/actions/${id}`;
  }
}

/** Results of the one search, grouped by kind; only what the person may open comes back. */
export function SearchPage() {
  const { t } = useTranslation('search');
  const pick = useBilingual();
  const format = useFormat();
  const entityName = useEntityNames();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const [shownFor, setShownFor] = useState(q);
  // The header box navigates here with a new query: the field follows it.
  if (shownFor !== q) {
    setShownFor(q);
    setDraft(q);
  }
  const ready = q.trim().length >= 2;
  const result = useQuery({ ...trpc.search.everything.queryOptions({ query: q }), enabled: ready });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(draft.trim() ? { q: draft.trim() } : {});
  };
  const total = result.data ? Object.values(result.data.totals).reduce((a, b) => a + b, 0) : 0;

  return (
    <div className="stack search-page">
      <PageHeader title={t('page.title')} subtitle={t('page.subtitle')} />
      <search aria-label={t('page.title')}>
        <form className="search-page__form" onSubmit={submit}>
          <Field label={t('box.label')}>
            {(id) => <Input id={id} type="search" value={draft} maxLength={200} onChange={(e) => setDraft(e.target.value)} />}
          </Field>
          <Button type="submit">{t('box.submit')}</Button>
        </form>
      </search>
      {!ready && <p>{t('page.prompt')}</p>}
      <ErrorMessage error={result.error} />
      {result.data && (
        <>
          <p role="status" data-testid="search-summary">
            {t('page.found', { count: total, total: format.number(total), query: q })}
          </p>
          {kindOrder
            .filter((kind) => result.data.totals[kind] > 0)
            .map((kind) => {
              const hits = result.data.hits.filter((h) => h.kind === kind);
              const kindTotal = result.data.totals[kind];
              return (
                <section key={kind} className="search-page__group" aria-labelledby={`search-${kind}`} data-kind={kind}>
                  <h2 id={`search-${kind}`}>
                    {t(`kinds.${kind}`)} ({format.number(kindTotal)})
                  </h2>
                  <ul>
                    {hits.map((hit) => (
                      <li key={hit.id}>
                        <Link to={hrefOf(hit)}>{pick(hit.title)}</Link>
                        {hit.code && (
                          <span className="search-page__code" dir="ltr">
                            {hit.code}
                          </span>
                        )}
                        {hit.entityId && hit.kind !== 'entity' && <span className="search-page__entity">{entityName(hit.entityId)}</span>}
                      </li>
                    ))}
                  </ul>
                  {kindTotal > hits.length && (
                    <p className="search-page__more">
                      {t('page.more', { shown: format.number(hits.length), total: format.number(kindTotal) })}
                    </p>
                  )}
                </section>
              );
            })}
        </>
      )}
    </div>
  );
}

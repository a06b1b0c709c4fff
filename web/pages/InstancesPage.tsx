import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTRPC } from '../trpc/client.ts';
import { Button } from '../design/components/Button.tsx';
import { EmptyState } from '../design/components/EmptyState.tsx';
import { ErrorMessage } from '../design/components/ErrorMessage.tsx';
import { Field, Input, Select } from '../design/components/Field.tsx';
import { PageHeader } from '../design/components/PageHeader.tsx';
import { StatusPill, toneOfState } from '../design/components/StatusPill.tsx';
import { Table } from '../design/components/Table.tsx';
import { useFormat } from '../i18n/format.ts';
import { kindLabel, stateLabel } from '../i18n/workflow-labels.ts';
import { useEntityNames } from '../app/entity-names.ts';
import './instances.css';

const pageSize = 25;

/** Workflow instances the user may see, filtered by kind and state, newest change first, page by page. */
export function InstancesPage() {
  const { t } = useTranslation('workflows');
  const trpc = useTRPC();
  const format = useFormat();
  const entityName = useEntityNames();
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') ?? '';
  const state = params.get('state') ?? '';
  const [stateDraft, setStateDraft] = useState(state);
  const kinds = useQuery(trpc.workflows.kinds.queryOptions());
  const list = useInfiniteQuery(
    trpc.workflows.list.infiniteQueryOptions(
      { kind: kind || undefined, state: state || undefined, limit: pageSize },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  const setFilter = (name: 'kind' | 'state', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const applyState = (event: FormEvent) => {
    event.preventDefault();
    setFilter('state', stateDraft.trim());
  };

  return (
    <div className="stack">
      <PageHeader title={t('list.title')} subtitle={t('list.subtitle')} />
      <search>
        <form className="filters" onSubmit={applyState}>
          <Field label={t('list.kind')}>
            {(id) => (
              <Select id={id} value={kind} onChange={(e) => setFilter('kind', e.target.value)} data-testid="kind-filter">
                <option value="">{t('list.allKinds')}</option>
                {(kinds.data ?? []).map((k) => (
                  <option key={k} value={k}>
                    {kindLabel(t, k)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t('list.state')}>
            {(id) => (
              <Input
                id={id}
                value={stateDraft}
                placeholder={t('list.statePlaceholder')}
                onChange={(e) => setStateDraft(e.target.value)}
                data-testid="state-filter"
              />
            )}
          </Field>
          <div className="filters__actions">
            <Button type="submit">{t('common:actions.apply')}</Button>
            {(kind || state) && (
              <Button
                variant="secondary"
                onClick={() => {
                  setStateDraft('');
                  setParams(new URLSearchParams(), { replace: true });
                }}
              >
                {t('common:actions.clear')}
              </Button>
            )}
          </div>
        </form>
      </search>

      {list.isError && <ErrorMessage error={list.error} />}
      {list.isPending ? (
        <p className="muted">{t('common:status.loading')}</p>
      ) : rows.length === 0 ? (
        <EmptyState title={t('list.empty')}>{t('list.emptyHint')}</EmptyState>
      ) : (
        <>
          <Table
            testId="instances"
            caption={t('list.title')}
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              {
                key: 'kind',
                header: t('list.kind'),
                cell: (r) => (
                  <Link to={`/workflows/${encodeURIComponent(r.id)}`} className="instances__link">
                    {kindLabel(t, r.kind)}
                  </Link>
                ),
              },
              {
                key: 'state',
                header: t('list.state'),
                cell: (r) => <StatusPill tone={toneOfState(r.state)}>{stateLabel(t, r.kind, r.state)}</StatusPill>,
              },
              { key: 'entity', header: t('list.entity'), cell: (r) => entityName(r.entityId) ?? t('instance.noEntity') },
              { key: 'version', header: t('list.version'), numeric: true, cell: (r) => format.number(r.version) },
              {
                key: 'updated',
                header: t('list.updated'),
                numeric: true,
                cell: (r) => (
                  <time dateTime={String(r.updatedAt)} title={format.dateTime(r.updatedAt)}>
                    {format.relative(r.updatedAt)}
                  </time>
                ),
              },
            ]}
          />
          <div className="instances__footer">
            <span className="muted">{t('list.count', { count: rows.length, formatted: format.number(rows.length) })}</span>
            {list.hasNextPage && (
              <Button variant="secondary" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
                {list.isFetchingNextPage ? t('common:status.loading') : t('common:actions.loadMore')}
              </Button>
            )}
          </div>
        </>
      )}
    </div>
  );
}

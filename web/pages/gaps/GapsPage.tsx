import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { BulkGapBar } from './BulkGapBar.tsx';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { EmptyState } from '../../design/components/EmptyState.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Input, Select } from '../../design/components/Field.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill, type Tone } from '../../design/components/StatusPill.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useBilingual } from '../../i18n/bilingual.ts';
import { useEntityNames } from '../../app/entity-names.ts';
import {
  gapSeverities,
  gapSourceKinds,
  gapStatuses,
  type GapSeverity,
  type GapSourceKind,
  type GapStatus,
} from '../../../workflows/improvement/gap.ts';
import '../improvement.css';
import { Code } from '../../design/components/Code.tsx';

const groupings = ['entity', 'source', 'criterion', 'status', 'severity'] as const;
type Grouping = (typeof groupings)[number];
const severityTone: Record<GapSeverity, Tone> = { low: 'neutral', medium: 'info', high: 'warning', critical: 'danger' };

/** The one gap register: filter, search, group (counted by the server), merge. */
export function GapsPage() {
  const { t } = useTranslation('improvement');
  const pick = useBilingual();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const format = useFormat();
  const entityName = useEntityNames();
  const [params, setParams] = useSearchParams();
  const text = params.get('q') ?? '';
  const status = params.get('status') as GapStatus | null;
  const source = params.get('source') as GapSourceKind | null;
  const severity = params.get('severity') as GapSeverity | null;
  // One entity's gaps, as the search's entity hits open them.
  const entity = params.get('entity');
  const groupBy = (params.get('group') as Grouping | null) ?? null;
  const [draft, setDraft] = useState(text);
  const [selected, setSelected] = useState<string[]>([]);
  const filter = {
    text: text || undefined,
    statuses: status ? [status] : undefined,
    sourceKinds: source ? [source] : undefined,
    severities: severity ? [severity] : undefined,
    entityIds: entity ? [entity] : undefined,
  };
  const list = useQuery(trpc.gaps.list.queryOptions({ ...filter, limit: 100, offset: 0 }));
  const groups = useQuery({ ...trpc.gaps.groups.queryOptions({ by: groupBy ?? 'status', filter }), enabled: groupBy !== null });
  const merge = useMutation(
    trpc.gaps.merge.mutationOptions({
      onSuccess: async () => {
        setSelected([]);
        await queryClient.invalidateQueries({ queryKey: trpc.gaps.pathKey() });
      },
    }),
  );
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const groupLabel = (key: string | null): string => {
    if (groupBy === 'entity') return entityName(key) ?? '';
    if (groupBy === 'source') return t(`source.${key}`);
    if (groupBy === 'status') return t(`gapStatus.${key}`);
    if (groupBy === 'severity') return t(`severity.${key}`);
    return key ?? t('gaps.unmapped');
  };
  // Any number for the bulk bar; merging takes exactly two (the first selected survives).
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));

  return (
    <div className="stack">
      <PageHeader title={t('gaps.title')} subtitle={t('gaps.subtitle')} />
      <search>
        <form
          className="filters"
          onSubmit={(e) => {
            e.preventDefault();
            set('q', draft.trim());
          }}
        >
          <Field label={t('gaps.search')}>
            {(id) => (
              <Input
                id={id}
                value={draft}
                placeholder={t('gaps.searchPlaceholder')}
                onChange={(e) => setDraft(e.target.value)}
                data-testid="gap-search"
              />
            )}
          </Field>
          <Field label={t('gaps.status')}>
            {(id) => (
              <Select id={id} value={status ?? ''} onChange={(e) => set('status', e.target.value)}>
                <option value="">{t('gaps.all')}</option>
                {gapStatuses.map((s) => (
                  <option key={s} value={s}>
                    {t(`gapStatus.${s}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t('gaps.source')}>
            {(id) => (
              <Select id={id} value={source ?? ''} onChange={(e) => set('source', e.target.value)}>
                <option value="">{t('gaps.all')}</option>
                {gapSourceKinds.map((s) => (
                  <option key={s} value={s}>
                    {t(`source.${s}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t('gaps.severity')}>
            {(id) => (
              <Select id={id} value={severity ?? ''} onChange={(e) => set('severity', e.target.value)}>
                <option value="">{t('gaps.all')}</option>
                {gapSeverities.map((s) => (
                  <option key={s} value={s}>
                    {t(`severity.${s}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t('gaps.groupBy')}>
            {(id) => (
              <Select id={id} value={groupBy ?? ''} onChange={(e) => set('group', e.target.value)} data-testid="gap-group">
                <option value="">{t('gaps.groupNone')}</option>
                {groupings.map((g) => (
                  <option key={g} value={g}>
                    {t(`gaps.group.${g}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <div className="filters__actions">
            <Button type="submit">{t('common:actions.apply')}</Button>
          </div>
        </form>
      </search>

      {groupBy && groups.data && (
        <Card title={t(`gaps.group.${groupBy}`)}>
          <Table
            testId="gap-groups"
            rows={groups.data}
            rowKey={(g) => g.key ?? '∅'}
            columns={[
              { key: 'key', header: t(`gaps.group.${groupBy}`), cell: (g) => groupLabel(g.key) },
              { key: 'count', header: t('gaps.count'), numeric: true, cell: (g) => format.number(g.count) },
            ]}
          />
        </Card>
      )}

      {list.isError && <ErrorMessage error={list.error} />}
      {merge.isError && <ErrorMessage error={merge.error} />}
      <div className="improvement__toolbar">
        <span className="muted">{list.data ? t('gaps.total', { count: list.data.total }) : ''}</span>
        <Button
          variant="secondary"
          disabled={selected.length !== 2 || merge.isPending}
          title={t('gaps.mergeHint')}
          onClick={() => merge.mutate({ survivorId: selected[0]!, duplicateId: selected[1]! })}
        >
          {t('gaps.merge')}
        </Button>
      </div>
      <BulkGapBar
        selected={selected}
        codes={new Map((list.data?.items ?? []).map((g) => [g.id, g.code]))}
        onClear={() => setSelected([])}
      />
      {list.isPending ? (
        <p className="muted">{t('common:status.loading')}</p>
      ) : !list.data || list.data.items.length === 0 ? (
        <EmptyState title={t('gaps.empty')} />
      ) : (
        <Table
          testId="gaps"
          caption={t('gaps.title')}
          rows={list.data.items}
          rowKey={(g) => g.id}
          columns={[
            {
              key: 'sel',
              header: '',
              cell: (g) => (
                <input
                  type="checkbox"
                  aria-label={t('gaps.select', { code: g.code })}
                  checked={selected.includes(g.id)}
                  onChange={() => toggle(g.id)}
                />
              ),
            },
            {
              key: 'code',
              header: t('gaps.code'),
              cell: (g) => (
                <Link to={`/gaps/${g.id}`}>
                  <Code>{g.code}</Code>
                </Link>
              ),
            },
            { key: 'title', header: t('gaps.gap'), cell: (g) => <Link to={`/gaps/${g.id}`}>{g.title}</Link> },
            { key: 'entity', header: t('gaps.entity'), cell: (g) => entityName(g.entityId) },
            {
              key: 'criterion',
              header: t('gaps.criterion'),
              cell: (g) =>
                g.criterionCode ? (
                  <span data-testid="gap-criterion">
                    <Code>{g.criterionCode}</Code> {pick(g.criterionName)}
                  </span>
                ) : (
                  t('gaps.unmapped')
                ),
            },
            {
              key: 'severity',
              header: t('gaps.severity'),
              cell: (g) => <StatusPill tone={severityTone[g.severity]}>{t(`severity.${g.severity}`)}</StatusPill>,
            },
            { key: 'status', header: t('gaps.status'), cell: (g) => t(`gapStatus.${g.status}`) },
            {
              key: 'sources',
              header: t('gaps.sources'),
              cell: (g) => (
                <ul className="improvement__sources">
                  {g.sources.map((s) => (
                    <li key={`${s.kind}:${s.itemId}`}>
                      <Link to={s.link}>{pick({ ar: s.labelAr, en: s.labelEn })}</Link>{' '}
                      <span className="muted">({t(`source.${s.kind}`)})</span>
                    </li>
                  ))}
                </ul>
              ),
            },
            { key: 'raised', header: t('gaps.raised'), numeric: true, cell: (g) => format.date(g.raisedAt) },
          ]}
        />
      )}
    </div>
  );
}

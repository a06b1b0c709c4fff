import { useInfiniteQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { EmptyState } from '../../design/components/EmptyState.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Select } from '../../design/components/Field.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useBilingual } from '../../i18n/bilingual.ts';
import { useLocalName } from '../../app/display-name.ts';
import { auditedRecordKinds, type AuditedRecordKind } from '../../../workflows/registry/audited-records.ts';
import './admin.css';

const pageSize = 50;

/** A field's value as the trail stored it, shown as text (never as markup), cut to a line. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/** The administrator's view of admin_changes: who changed which record, when, and which fields. */
export function AdminChangesPage() {
  const { t } = useTranslation('admin');
  const trpc = useTRPC();
  const format = useFormat();
  const pick = useBilingual();
  const localName = useLocalName();
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') ?? '';
  const list = useInfiniteQuery(
    trpc.adminChanges.list.infiniteQueryOptions(
      { subjectKind: (kind || undefined) as AuditedRecordKind | undefined, limit: pageSize },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div className="stack">
      <PageHeader title={t('changes.title')} subtitle={t('changes.subtitle')} />
      <search>
        <Field label={t('changes.kind')}>
          {(id) => (
            <Select
              id={id}
              value={kind}
              data-testid="changes-kind"
              onChange={(e) => setParams(e.target.value ? { kind: e.target.value } : {}, { replace: true })}
            >
              <option value="">{t('changes.allKinds')}</option>
              {auditedRecordKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`changes.kinds.${k}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </search>
      <ErrorMessage error={list.error} />
      {list.isSuccess && rows.length === 0 ? (
        <EmptyState title={t('changes.empty')} />
      ) : (
        <Table
          testId="admin-changes"
          caption={t('changes.title')}
          rows={rows}
          rowKey={(c) => c.id}
          columns={[
            {
              key: 'at',
              header: t('changes.at'),
              cell: (c) => <time dateTime={c.at}>{format.dateTime(c.at)}</time>,
            },
            { key: 'actor', header: t('changes.actor'), cell: (c) => (c.actor ? localName(c.actor) : t('changes.system')) },
            {
              key: 'subject',
              header: t('changes.subject'),
              cell: (c) => (
                <>
                  {t(`changes.kinds.${c.subjectKind}`, { defaultValue: c.subjectKind })}
                  {' · '}
                  {c.subjectName ? pick(c.subjectName) : <span dir="ltr">{c.subjectId}</span>}
                </>
              ),
            },
            { key: 'action', header: t('changes.action'), cell: (c) => t(`changes.actions.${c.action}`, { defaultValue: c.action }) },
            {
              key: 'fields',
              header: t('changes.fields'),
              cell: (c) => (
                <ul className="admin-change-fields">
                  {c.changes.map((f) => (
                    <li key={f.field}>
                      <code dir="ltr">{f.field}</code> <bdi className="muted">{f.before === null ? '—' : shown(f.before)}</bdi> →{' '}
                      <bdi>{f.after === null ? '—' : shown(f.after)}</bdi>
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
      {list.hasNextPage && (
        <Button variant="secondary" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {t('changes.more')}
        </Button>
      )}
    </div>
  );
}

import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { EmptyState } from '../../design/components/EmptyState.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Input } from '../../design/components/Field.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useEntityNames } from '../../app/entity-names.ts';
import { useSession } from '../../app/session.ts';
import { coordinatedEntities } from '../../app/grants.ts';
import '../improvement.css';

/** Plans the user may see, a new plan for their entity, and the spreadsheet upload. */
export function ActionPlansPage() {
  const { t } = useTranslation('improvement');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const format = useFormat();
  const entityName = useEntityNames();
  const user = useSession().data;
  const plans = useQuery(trpc.actions.plans.queryOptions({}));
  const [title, setTitle] = useState('');
  const [csv, setCsv] = useState<string | null>(null);
  const createPlan = useMutation(
    trpc.actions.createPlan.mutationOptions({
      onSuccess: async () => {
        setTitle('');
        await queryClient.invalidateQueries({ queryKey: trpc.actions.plans.queryKey() });
      },
    }),
  );
  const upload = useMutation(
    trpc.actions.uploadProgress.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.actions.pathKey() }) }),
  );
  const ownEntity = user ? (coordinatedEntities(user)[0] ?? null) : null;
  const isCoordinator = ownEntity !== null;

  return (
    <div className="stack">
      <PageHeader title={t('actions.title')} subtitle={t('actions.subtitle')} />
      {isCoordinator && (
        <div className="improvement__grid">
          <Card title={t('actions.newPlan')}>
            <form
              className="improvement__form"
              onSubmit={(e) => {
                e.preventDefault();
                createPlan.mutate({ entityId: ownEntity!, title });
              }}
            >
              <Field label={t('actions.planTitle')}>
                {(id) => <Input id={id} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} />}
              </Field>
              <Button type="submit" disabled={createPlan.isPending || title.trim() === ''}>
                {t('actions.create')}
              </Button>
            </form>
            <ErrorMessage error={createPlan.error} />
          </Card>
          <Card title={t('actions.upload')} subtitle={t('actions.uploadHint')}>
            <form
              className="improvement__form"
              onSubmit={(e) => {
                e.preventDefault();
                if (csv) upload.mutate({ csv });
              }}
            >
              <Field label={t('actions.uploadFile')}>
                {(id) => (
                  <Input
                    id={id}
                    type="file"
                    accept=".csv,text/csv"
                    data-testid="csv-file"
                    onChange={async (e) => setCsv((await e.target.files?.[0]?.text()) ?? null)}
                  />
                )}
              </Field>
              <Button type="submit" disabled={!csv || upload.isPending}>
                {t('actions.uploadSubmit')}
              </Button>
            </form>
            <ErrorMessage error={upload.error} />
            {upload.data && upload.data.bad.length === 0 && <p role="status">{t('actions.uploaded', { count: upload.data.applied })}</p>}
            {upload.data && upload.data.bad.length > 0 && (
              <div role="alert" className="improvement__bad" data-testid="csv-bad-rows">
                <p>{t('actions.badRows')}</p>
                <ul>
                  {upload.data.bad.map((b) => (
                    <li key={`${b.row}:${b.column}:${b.messageKey}`}>
                      {t('actions.row', { row: b.row, column: b.column })}:{' '}
                      {b.messageKey.startsWith('errors.')
                        ? t(`errors:${b.messageKey.slice(7)}`)
                        : t(b.messageKey.replace(/^improvement\./, ''))}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </Card>
        </div>
      )}
      <ErrorMessage error={plans.error} />
      {plans.isPending ? (
        <p className="muted">{t('common:status.loading')}</p>
      ) : !plans.data || plans.data.length === 0 ? (
        <EmptyState title={t('actions.empty')} />
      ) : (
        <Table
          testId="plans"
          caption={t('actions.plans')}
          rows={plans.data}
          rowKey={(p) => p.id}
          columns={[
            { key: 'title', header: t('actions.plan'), cell: (p) => <Link to={`/actions/plans/${p.id}`}>{p.title}</Link> },
            { key: 'entity', header: t('actions.entity'), cell: (p) => entityName(p.entityId) },
            { key: 'actions', header: t('actions.actionsCount'), numeric: true, cell: (p) => format.number(p.actions) },
            { key: 'overdue', header: t('actions.overdue'), numeric: true, cell: (p) => format.number(p.overdue) },
          ]}
        />
      )}
    </div>
  );
}

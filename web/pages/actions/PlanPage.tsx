import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import type { RouterOutputs } from './router-outputs.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Input, Select } from '../../design/components/Field.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill, toneOfState } from '../../design/components/StatusPill.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useEntityNames } from '../../app/entity-names.ts';
import { useSession } from '../../app/session.ts';
import { coordinatesEntity, hasRole } from '../../app/grants.ts';
import { BulkActionsCard } from './BulkActionsCard.tsx';
import { ProgressBar } from './ProgressBar.tsx';
import '../improvement.css';
import { Code } from '../../design/components/Code.tsx';

type Plan = NonNullable<RouterOutputs['actions']['plan']>;
type ActionNode = Plan['actions'][number];

function ActionTree({ nodes }: { nodes: ActionNode[] }) {
  const { t } = useTranslation('improvement');
  const format = useFormat();
  if (nodes.length === 0) return null;
  return (
    <ul className="improvement__tree">
      {nodes.map((a) => (
        <li key={a.id} data-testid="plan-action">
          <div className="improvement__node">
            <Link to={`/actions/${a.id}`}>
              <Code>{a.code}</Code> {a.title}
            </Link>
            <StatusPill tone={toneOfState(a.status)}>{t(`actionStatus.${a.status}`)}</StatusPill>
            {a.escalationLevel > 0 && <StatusPill tone="danger">{t(`actions.escalationLevel.${a.escalationLevel}`)}</StatusPill>}
            <span className="muted">{format.date(a.dueAt)}</span>
            <span className="muted">
              {t('actions.weight')}: {format.number(a.weight)}
            </span>
            <ProgressBar value={a.progress} />
          </div>
          <ActionTree nodes={a.children} />
        </li>
      ))}
    </ul>
  );
}

function PlanBlock({ plan }: { plan: Plan }) {
  const { t } = useTranslation('improvement');
  return (
    <Card title={plan.title} actions={<ProgressBar value={plan.progress} />}>
      <ActionTree nodes={plan.actions} />
      {plan.subPlans.map((p) => (
        <PlanBlock key={p.id} plan={p} />
      ))}
      {plan.subPlans.length > 0 && (
        <p className="muted">
          {t('actions.subPlans')}: {plan.subPlans.length}
        </p>
      )}
    </Card>
  );
}

function flatten(nodes: ActionNode[]): ActionNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

/** A plan with its nested actions and the weighted roll-up the server computed. */
export function PlanPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('improvement');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const entityName = useEntityNames();
  const user = useSession().data;
  const plan = useQuery(trpc.actions.plan.queryOptions({ id }));
  const [form, setForm] = useState({ title: '', dueAt: '', weight: '1', parentActionId: '' });
  const create = useMutation(
    trpc.actions.create.mutationOptions({
      onSuccess: async () => {
        setForm({ title: '', dueAt: '', weight: '1', parentActionId: '' });
        await queryClient.invalidateQueries({ queryKey: trpc.actions.plan.queryKey({ id }) });
      },
    }),
  );
  if (plan.isPending) return <p className="muted">{t('common:status.loading')}</p>;
  if (plan.isError || !plan.data) return <ErrorMessage error={plan.error} />;
  const data = plan.data;
  const canAdd = user !== undefined && user !== null && coordinatesEntity(user, data.entityId);
  return (
    <div className="stack">
      <PageHeader
        title={plan.data.title}
        subtitle={entityName(plan.data.entityId)}
        actions={<Link to="/actions">{t('actions.plans')}</Link>}
      />
      <PlanBlock plan={plan.data} />
      <BulkActionsCard
        actions={flatten(data.actions)}
        canExtend={user !== undefined && user !== null && hasRole(user, 'programme_manager')}
        onChanged={() => queryClient.invalidateQueries({ queryKey: trpc.actions.plan.queryKey({ id }) })}
      />
      {canAdd && (
        <Card title={t('actions.newAction')}>
          <form
            className="improvement__form"
            onSubmit={(e) => {
              e.preventDefault();
              create.mutate({
                planId: id,
                title: form.title,
                ownerId: user.id,
                dueAt: new Date(form.dueAt).toISOString(),
                weight: Number(form.weight),
                parentActionId: form.parentActionId || null,
              });
            }}
          >
            <Field label={t('actions.actionTitle')}>
              {(fid) => <Input id={fid} value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} required />}
            </Field>
            <Field label={t('actions.dueAt')}>
              {(fid) => (
                <Input id={fid} type="date" value={form.dueAt} onChange={(e) => setForm({ ...form, dueAt: e.target.value })} required />
              )}
            </Field>
            <Field label={t('actions.weight')}>
              {(fid) => (
                <Input
                  id={fid}
                  type="number"
                  min="0.1"
                  step="0.1"
                  value={form.weight}
                  onChange={(e) => setForm({ ...form, weight: e.target.value })}
                />
              )}
            </Field>
            <Field label={t('actions.parent')}>
              {(fid) => (
                <Select id={fid} value={form.parentActionId} onChange={(e) => setForm({ ...form, parentActionId: e.target.value })}>
                  <option value="">{t('actions.noParent')}</option>
                  {flatten(data.actions).map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.code} {a.title}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Button type="submit" disabled={create.isPending}>
              {t('actions.create')}
            </Button>
          </form>
          <ErrorMessage error={create.error} />
        </Card>
      )}
    </div>
  );
}

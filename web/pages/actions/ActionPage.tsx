import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Input, Select } from '../../design/components/Field.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill, toneOfState } from '../../design/components/StatusPill.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useEntityNames } from '../../app/entity-names.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { dependencyKinds, type DependencyKind } from '../../../workflows/improvement/action-dependencies.ts';
import '../improvement.css';
import { Code } from '../../design/components/Code.tsx';

/** Payload fields each button asks for; the engine validates them again. */
const needs: Record<string, 'progress' | 'reason' | 'due' | 'comment' | null> = {
  APPROVE: null,
  START: null,
  UPDATE_PROGRESS: 'progress',
  COMPLETE: 'comment',
  VERIFY: 'comment',
  SEND_BACK: 'reason',
  CANCEL: 'reason',
  EXTEND_DUE: 'due',
};

/** One action: its buttons (only those the server offers), milestones, evidence, comments, dependencies, history. */
export function ActionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('improvement');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const format = useFormat();
  const entityName = useEntityNames();
  const action = useQuery(trpc.actions.get.queryOptions({ id }));
  const [value, setValue] = useState<Record<string, string>>({});
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.actions.pathKey() });
  const send = useMutation(trpc.actions.send.mutationOptions({ onSuccess: refresh }));
  const milestone = useMutation(trpc.actions.addMilestone.mutationOptions({ onSuccess: refresh }));
  const doneMilestone = useMutation(trpc.actions.completeMilestone.mutationOptions({ onSuccess: refresh }));
  const evidence = useMutation(trpc.actions.addEvidence.mutationOptions({ onSuccess: refresh }));
  const comment = useMutation(trpc.actions.addComment.mutationOptions({ onSuccess: refresh }));
  const addDependency = useMutation(trpc.actions.addDependency.mutationOptions({ onSuccess: refresh }));
  const removeDependency = useMutation(trpc.actions.removeDependency.mutationOptions({ onSuccess: refresh }));
  const canEdit = action.data?.canEdit ?? false;
  const choices = useQuery({ ...trpc.actions.prerequisiteChoices.queryOptions({ actionId: id }), enabled: canEdit });
  if (action.isPending) return <p className="muted">{t('common:status.loading')}</p>;
  if (action.isError) return <ErrorMessage error={action.error} />;
  const a = action.data;
  const v = (k: string) => value[k] ?? '';
  const payloadFor = (type: string): Record<string, unknown> => {
    switch (needs[type]) {
      case 'progress':
        // The comment typed beside the figure travels with it and shows in the history.
        return v('comment').trim() ? { progress: Number(v('progress')), comment: v('comment') } : { progress: Number(v('progress')) };
      case 'reason':
        return { reason: v('reason') };
      case 'due':
        return { dueAt: v('due') ? new Date(v('due')).toISOString() : '', reason: v('reason') };
      case 'comment':
        return v('comment') ? { comment: v('comment') } : {};
      default:
        return {};
    }
  };
  const input = (k: string, label: string, type = 'text') => (
    <Field label={label}>
      {(fid) => <Input id={fid} type={type} value={v(k)} onChange={(e) => setValue({ ...value, [k]: e.target.value })} />}
    </Field>
  );
  // Timers arrive as `xstate.after.<delay>.<state path>`; the delay names what happened.
  const historyLabel = (type: string) => {
    if (type === 'xstate.init') return t('actionStatus.draft');
    const timer = /^xstate\.after\.([A-Za-z]+)\./.exec(type);
    return timer ? t(`action.timer.${timer[1]}`, { defaultValue: t('action.timer.other') }) : t(`events.${type}`, { defaultValue: type });
  };
  const fields = new Set(a.availableEvents.map((e) => needs[e]).filter(Boolean));
  // A progress update may carry a comment.
  if (fields.has('progress')) fields.add('comment');

  return (
    <div className="stack">
      <PageHeader
        title={
          <>
            <Code>{a.code}</Code> {a.title}
          </>
        }
        subtitle={entityName(a.entityId)}
        actions={<Link to={`/actions/plans/${a.planId}`}>{t('action.backToPlan')}</Link>}
      />
      <Card>
        <div className="improvement__node">
          <StatusPill tone={toneOfState(a.status)}>{t(`actionStatus.${a.status}`)}</StatusPill>
          {a.escalationLevel > 0 && <StatusPill tone="danger">{t(`actions.escalationLevel.${a.escalationLevel}`)}</StatusPill>}
          <span>
            {t('actions.dueAt')}: {format.date(a.dueAt)}
          </span>
          <ProgressBar value={a.progress} />
        </div>
        {(a.blockedBy.length > 0 || a.hiddenBlockers > 0) && <p className="improvement__bad">{t('action.blockedBy')}</p>}
        {a.availableEvents.length > 0 && (
          <form className="improvement__form" onSubmit={(e) => e.preventDefault()}>
            {fields.has('progress') && input('progress', t('action.progress'), 'number')}
            {(fields.has('reason') || fields.has('due')) && input('reason', t('action.reason'))}
            {fields.has('due') && input('due', t('action.newDueAt'), 'date')}
            {fields.has('comment') && input('comment', t('action.comment'))}
            {a.availableEvents.map((type) => (
              <Button
                key={type}
                variant={type === 'CANCEL' ? 'secondary' : 'primary'}
                disabled={send.isPending}
                data-event={type}
                onClick={() => send.mutate({ id, type, payload: payloadFor(type), expectedVersion: a.version })}
              >
                {t(`events.${type}`)}
              </Button>
            ))}
          </form>
        )}
        <ErrorMessage error={send.error} />
      </Card>
      <div className="improvement__grid">
        <Card title={t('action.milestones')}>
          {a.milestones.length === 0 ? (
            <p className="muted">{t('action.none')}</p>
          ) : (
            <ul>
              {a.milestones.map((m) => (
                <li key={m.id}>
                  {m.title} — {format.date(m.dueAt)}{' '}
                  {m.doneAt ? (
                    <StatusPill tone="success">{format.date(m.doneAt)}</StatusPill>
                  ) : (
                    <Button variant="ghost" onClick={() => doneMilestone.mutate({ milestoneId: m.id })}>
                      {t('action.markDone')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
          <form
            className="improvement__form"
            onSubmit={(e) => {
              e.preventDefault();
              milestone.mutate({ actionId: id, title: v('mTitle'), dueAt: new Date(v('mDue')).toISOString() });
            }}
          >
            {input('mTitle', t('action.evidenceTitle'))}
            {input('mDue', t('actions.dueAt'), 'date')}
            <Button type="submit" variant="secondary">
              {t('action.addMilestone')}
            </Button>
          </form>
          <ErrorMessage error={milestone.error ?? doneMilestone.error} />
        </Card>
        <Card title={t('action.evidence')}>
          {a.evidence.length === 0 ? (
            <p className="muted">{t('action.none')}</p>
          ) : (
            <ul>
              {a.evidence.map((e) => (
                <li key={e.id}>
                  <a href={e.url} target="_blank" rel="noreferrer">
                    {e.title}
                  </a>{' '}
                  <span className="muted">{format.date(e.addedAt)}</span>
                </li>
              ))}
            </ul>
          )}
          <form
            className="improvement__form"
            onSubmit={(e) => {
              e.preventDefault();
              evidence.mutate({ actionId: id, title: v('eTitle'), url: v('eUrl') });
            }}
          >
            {input('eTitle', t('action.evidenceTitle'))}
            {input('eUrl', t('action.evidenceUrl'), 'url')}
            <Button type="submit" variant="secondary">
              {t('action.addEvidence')}
            </Button>
          </form>
          <ErrorMessage error={evidence.error} />
        </Card>
        <Card title={t('action.comments')}>
          {a.comments.length === 0 ? (
            <p className="muted">{t('action.none')}</p>
          ) : (
            <ul>
              {a.comments.map((c) => (
                <li key={c.id}>
                  {c.body} <span className="muted">{format.dateTime(c.createdAt)}</span>
                </li>
              ))}
            </ul>
          )}
          <form
            className="improvement__form"
            onSubmit={(e) => {
              e.preventDefault();
              comment.mutate({ actionId: id, body: v('cBody') });
            }}
          >
            {input('cBody', t('action.comment'))}
            <Button type="submit" variant="secondary">
              {t('action.addComment')}
            </Button>
          </form>
          <ErrorMessage error={comment.error} />
        </Card>
        <Card title={t('action.dependencies')}>
          {a.dependsOn.length === 0 && a.hiddenDependsOn === 0 && <p className="muted">{t('action.none')}</p>}
          {a.dependsOn.length > 0 && (
            <ul data-testid="prerequisites">
              {a.dependsOn.map((d) => (
                <li key={d.id}>
                  <Link to={`/actions/${d.id}`}>
                    <Code>{d.code}</Code> {d.title}
                  </Link>{' '}
                  — {entityName(d.entityId)}{' '}
                  <span className="muted">({t(`action.dependencyKind.${d.kind}`, { defaultValue: d.kind })})</span>{' '}
                  <StatusPill tone={toneOfState(d.status)}>{t(`actionStatus.${d.status}`)}</StatusPill>
                  {canEdit && (
                    <Button
                      variant="ghost"
                      disabled={removeDependency.isPending}
                      onClick={() => removeDependency.mutate({ actionId: id, dependsOnId: d.id })}
                    >
                      {t('action.removeDependency')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {a.hiddenDependsOn > 0 && <p className="muted">{t('action.hiddenDependencies', { hidden: a.hiddenDependsOn })}</p>}
          {canEdit && (
            <form
              className="improvement__form"
              onSubmit={(e) => {
                e.preventDefault();
                if (v('depId'))
                  addDependency.mutate({ actionId: id, dependsOnId: v('depId'), kind: (v('depKind') || 'other') as DependencyKind });
              }}
            >
              <Field label={t('action.prerequisite')} hint={t('action.prerequisiteHint')}>
                {(fid) => (
                  <Select id={fid} value={v('depId')} onChange={(e) => setValue({ ...value, depId: e.target.value })}>
                    <option value="">—</option>
                    {(choices.data ?? []).map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.code ?? ''} {c.title} — {entityName(c.entityId)}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
              <Field label={t('action.dependencyKindLabel')}>
                {(fid) => (
                  <Select id={fid} value={v('depKind') || 'other'} onChange={(e) => setValue({ ...value, depKind: e.target.value })}>
                    {dependencyKinds.map((k) => (
                      <option key={k} value={k}>
                        {t(`action.dependencyKind.${k}`)}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
              <Button type="submit" variant="secondary" disabled={!v('depId') || addDependency.isPending}>
                {t('action.addDependency')}
              </Button>
            </form>
          )}
          <ErrorMessage error={addDependency.error ?? removeDependency.error ?? choices.error} />
          {(a.dependents.length > 0 || a.hiddenDependents > 0) && (
            <>
              <h3>{t('action.dependents')}</h3>
              <ul>
                {a.dependents.map((d) => (
                  <li key={d.id}>
                    <Link to={`/actions/${d.id}`}>
                      <Code>{d.code}</Code> {d.title}
                    </Link>{' '}
                    — {entityName(d.entityId)}
                  </li>
                ))}
              </ul>
              {a.hiddenDependents > 0 && <p className="muted">{t('action.hiddenDependencies', { hidden: a.hiddenDependents })}</p>}
            </>
          )}
        </Card>
        <Card title={t('action.gaps')}>
          {a.gaps.length === 0 ? (
            <p className="muted">{t('action.none')}</p>
          ) : (
            <ul>
              {a.gaps.map((g) => (
                <li key={g.id}>
                  <Link to={`/gaps/${g.id}`}>
                    <Code>{g.code}</Code> {g.title}
                  </Link>{' '}
                  — {t(`gapStatus.${g.status}`)}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t('action.history')}>
          <ol>
            {a.history.map((h) => (
              <li key={h.seq}>
                {historyLabel(h.type)} — {h.actor} — {format.dateTime(h.at)}
                <HistoryDetail payload={h.payload} />
              </li>
            ))}
          </ol>
        </Card>
      </div>
    </div>
  );
}

/** What a history entry carried: the progress figure and the comment typed with it. */
function HistoryDetail({ payload }: { payload: unknown }) {
  const format = useFormat();
  const { t } = useTranslation('improvement');
  if (typeof payload !== 'object' || payload === null) return null;
  const { progress, comment } = payload as { progress?: unknown; comment?: unknown };
  return (
    <>
      {typeof progress === 'number' && <> — {t('action.historyProgress', { value: format.number(progress) })}</>}
      {typeof comment === 'string' && comment.trim() !== '' && <q className="improvement__history-comment">{comment}</q>}
    </>
  );
}

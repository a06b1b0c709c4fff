import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Input } from '../../design/components/Field.tsx';
import { downloadText } from '../gaps/download-text.ts';
import '../gaps/bulk-bar.css';

interface Row {
  id: string;
  code: string | null;
  title: string;
}

/**
 * A plan's actions picked several at a time: new due dates (the action machine's EXTEND_DUE
 * for each, so only the programme may, and a closed action says no for itself) and a CSV.
 */
export function BulkActionsCard({ actions, canExtend, onChanged }: { actions: Row[]; canExtend: boolean; onChanged: () => void }) {
  const { t } = useTranslation('improvement');
  const { t: te } = useTranslation('errors');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<string[]>([]);
  const [form, setForm] = useState({ dueAt: '', reason: '' });
  const extend = useMutation(trpc.bulk.extendActionDue.mutationOptions({ onSuccess: onChanged }));
  const exported = useMutation({
    mutationFn: () => queryClient.fetchQuery(trpc.bulk.exportActions.queryOptions({ ids: selected })),
    onSuccess: (r) => downloadText('actions.csv', r.csv),
  });
  if (actions.length < 2) return null;
  const codeOf = new Map(actions.map((a) => [a.id, a.code ?? a.title]));
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));

  return (
    <Card title={t('actions.bulk.title')}>
      <fieldset className="bulk-bar" data-testid="action-bulk">
        <legend>{t('actions.bulk.pick')}</legend>
        {actions.map((a) => (
          <label key={a.id}>
            <input type="checkbox" checked={selected.includes(a.id)} onChange={() => toggle(a.id)} /> <bdi dir="ltr">{a.code}</bdi>{' '}
            {a.title}
          </label>
        ))}
      </fieldset>
      <form
        className="bulk-bar__form"
        onSubmit={(e) => {
          e.preventDefault();
          extend.mutate({ ids: selected, dueAt: new Date(`${form.dueAt}T23:59:59Z`).toISOString(), reason: form.reason });
        }}
      >
        {canExtend && (
          <>
            <Field label={t('actions.bulk.dueAt')}>
              {(id) => (
                <Input id={id} type="date" required value={form.dueAt} onChange={(e) => setForm({ ...form, dueAt: e.target.value })} />
              )}
            </Field>
            <Field label={t('actions.bulk.reason')}>
              {(id) => <Input id={id} required value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} />}
            </Field>
            <Button type="submit" disabled={selected.length === 0 || extend.isPending}>
              {t('actions.bulk.extend')}
            </Button>
          </>
        )}
        <Button type="button" variant="secondary" disabled={selected.length === 0 || exported.isPending} onClick={() => exported.mutate()}>
          {t('actions.bulk.export')}
        </Button>
      </form>
      <ErrorMessage error={extend.error ?? exported.error} />
      {extend.data && (
        <ul className="bulk-bar__report" aria-label={t('actions.bulk.report')} data-testid="action-bulk-report">
          {extend.data.outcomes.map((o) => (
            <li key={o.id} data-ok={o.ok}>
              <bdi dir="ltr">{codeOf.get(o.id)}</bdi>:{' '}
              {o.ok ? t('actions.bulk.done') : `${t('actions.bulk.refused')} — ${te(o.messageKey.replace(/^errors\./, ''))}`}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { useSession } from '../../app/session.ts';
import { hasRole } from '../../app/grants.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { EmptyState } from '../../design/components/EmptyState.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Input, Select } from '../../design/components/Field.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useBilingual } from '../../i18n/bilingual.ts';
import { stateLabel } from '../../i18n/workflow-labels.ts';
import { useFieldErrors } from '../admin/field-errors.ts';
import './workshops.css';

/** The workshops the user may open; facilitators create new ones from a template. */
export function WorkshopsPage() {
  const { t } = useTranslation('workshops');
  const trpc = useTRPC();
  const session = useSession();
  const pick = useBilingual();
  const format = useFormat();
  const list = useQuery(trpc.workshops.list.queryOptions());
  const isFacilitator = session.data ? hasRole(session.data, 'facilitator') : false;
  return (
    <div className="stack">
      <PageHeader
        title={t('list.title')}
        subtitle={session.data && hasRole(session.data, 'entity_coordinator') ? t('list.invited') : undefined}
      />
      <ErrorMessage error={list.error} />
      {isFacilitator && <CreateWorkshop />}
      {list.data && list.data.length === 0 && <EmptyState title={t('list.empty')} />}
      <ul className="ws-list">
        {(list.data ?? []).map((w) => (
          <li key={w.id} className="ws-card">
            <Link to={`/workshops/${w.id}`}>{pick(w.title)}</Link>{' '}
            <StatusPill tone="accent">{stateLabel(t, 'workshop', w.phase)}</StatusPill>{' '}
            <small className="muted">
              {t('list.participants', { count: w.participantCount, n: format.number(w.participantCount) })} · {format.relative(w.updatedAt)}
            </small>
          </li>
        ))}
      </ul>
    </div>
  );
}

function CreateWorkshop() {
  const { t } = useTranslation('workshops');
  const trpc = useTRPC();
  const navigate = useNavigate();
  const pick = useBilingual();
  const templates = useQuery(trpc.workshops.templates.queryOptions());
  const bundles = useQuery(trpc.bundles.list.queryOptions());
  const create = useMutation(trpc.workshops.create.mutationOptions({ onSuccess: (r) => void navigate(`/workshops/${r.id}`) }));
  const [templateId, setTemplateId] = useState('half-day-co-design');
  const [ar, setAr] = useState('');
  const [en, setEn] = useState('');
  const [bundleId, setBundleId] = useState('');
  const { t: te } = useTranslation('errors');
  const serverError = useFieldErrors(create.error);
  // Either language is enough; with neither, the form says so beside the title instead of doing nothing.
  const [missingTitle, setMissingTitle] = useState(false);
  const titleError = missingTitle ? te('text.oneLanguageRequired') : (serverError('title.ar') ?? serverError('title'));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const blank = !ar.trim() && !en.trim();
    setMissingTitle(blank);
    if (blank) return;
    create.mutate({ templateId, title: { ar: ar.trim(), en: en.trim() }, bundleId: bundleId || null });
  };
  return (
    <Card title={t('create.title')}>
      <form className="ws-form" onSubmit={submit}>
        <Field label={t('create.template')}>
          {(id) => (
            <Select id={id} value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
              {(templates.data ?? []).map((tpl) => (
                <option key={tpl.id} value={tpl.id}>
                  {pick(tpl.name)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t('create.titleAr')} error={titleError}>
          {(id, describedBy) => (
            <Input
              id={id}
              dir="rtl"
              value={ar}
              aria-describedby={describedBy}
              aria-invalid={titleError ? true : undefined}
              onChange={(e) => setAr(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('create.titleEn')} error={serverError('title.en')}>
          {(id, describedBy) => (
            <Input id={id} dir="ltr" value={en} aria-describedby={describedBy} onChange={(e) => setEn(e.target.value)} />
          )}
        </Field>
        <Field label={t('create.bundle')}>
          {(id) => (
            <Select id={id} value={bundleId} onChange={(e) => setBundleId(e.target.value)}>
              <option value="">{t('create.noBundle')}</option>
              {(bundles.data ?? []).map((b) => (
                <option key={b.id} value={b.id}>
                  {pick(b.name)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Button type="submit" disabled={create.isPending}>
          {t('create.submit')}
        </Button>
        <ErrorMessage error={create.error} />
      </form>
    </Card>
  );
}

import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { EmptyState } from '../../design/components/EmptyState.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Input, Select } from '../../design/components/Field.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill, toneOfState } from '../../design/components/StatusPill.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useLocalName } from '../../app/display-name.ts';
import { stateLabel } from '../../i18n/workflow-labels.ts';
import { useMay } from '../../app/session.ts';
import { useFieldErrors } from '../admin/field-errors.ts';
import './excellence.css';

/** The cycles; the programme manager also creates one from a framework (leadership reads). */
export function CyclesPage() {
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const format = useFormat();
  const cycles = useQuery(trpc.excellence.cycles.list.queryOptions());
  const frameworks = useQuery(trpc.excellence.frameworks.list.queryOptions());
  const localName = useLocalName();
  const programme = useMay()('runExcellenceProgramme');
  // A framework by its name and version, never its internal code (issue 11 item 11).
  const frameworkLabel = (code: string, version: number) => {
    const f = frameworks.data?.find((x) => x.code === code && x.version === version);
    return f ? t('cycles.frameworkOption', { name: localName(f), version }) : code;
  };
  return (
    <div className="stack">
      <PageHeader
        title={t('cycles.title')}
        subtitle={t('cycles.subtitle')}
        actions={programme && <Link to="/excellence/pool">{t('pool.title')}</Link>}
      />
      <ErrorMessage error={cycles.error} />
      {cycles.data && cycles.data.length === 0 && <EmptyState title={t('cycles.empty')} />}
      {cycles.data && cycles.data.length > 0 && (
        <Table
          testId="cycles"
          rows={cycles.data}
          rowKey={(c) => c.id}
          columns={[
            {
              key: 'number',
              header: t('cycles.number'),
              cell: (c) => <Link to={`/excellence/cycles/${c.id}`}>{format.number(c.number)}</Link>,
              numeric: true,
            },
            {
              key: 'name',
              header: t('cycles.nameEn'),
              cell: (c) => (
                <Link to={`/excellence/cycles/${c.id}`}>
                  {c.nameAr} · {c.nameEn}
                </Link>
              ),
            },
            { key: 'year', header: t('cycles.year'), cell: (c) => format.count(c.year), numeric: true },
            { key: 'fw', header: t('cycles.framework'), cell: (c) => frameworkLabel(c.frameworkCode, c.frameworkVersion) },
            {
              key: 'state',
              header: t('cycles.state'),
              cell: (c) => <StatusPill tone={toneOfState(c.state)}>{stateLabel(t, 'excellence_cycle', c.state)}</StatusPill>,
            },
            { key: 'due', header: t('cycles.due'), cell: (c) => format.date(c.selfAssessmentDueAt) },
          ]}
        />
      )}
      {programme && <NewCycle />}
    </div>
  );
}

function NewCycle() {
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const client = useQueryClient();
  const localName = useLocalName();
  const frameworks = useQuery(trpc.excellence.frameworks.list.queryOptions());
  const entities = useQuery(trpc.entities.list.queryOptions());
  const { t: te } = useTranslation('errors');
  const blank = { number: '', year: String(new Date().getFullYear()), nameAr: '', nameEn: '', framework: '', due: '' };
  const [form, setForm] = useState(blank);
  const [subjects, setSubjects] = useState<string[]>([]);
  const [created, setCreated] = useState<{ id: string; number: number } | null>(null);
  const create = useMutation(
    trpc.excellence.cycles.create.mutationOptions({
      onSuccess: (r, sent) => {
        // Said where the form was, and the form empties for the next cycle.
        setCreated({ id: r.cycleId, number: sent.number });
        setForm(blank);
        setSubjects([]);
        return client.invalidateQueries({ queryKey: trpc.excellence.cycles.list.queryKey() });
      },
    }),
  );
  const serverError = useFieldErrors(create.error);
  // Either language is enough; with neither, the form says so beside the Arabic name.
  const [missing, setMissing] = useState({ name: false, subjects: false });
  const nameError = missing.name ? te('text.oneLanguageRequired') : serverError('nameAr');
  const subjectsError = missing.subjects ? t('cycles.noSubjects') : serverError('subjectIds');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const refused = { name: !form.nameAr.trim() && !form.nameEn.trim(), subjects: subjects.length === 0 };
    setMissing(refused);
    setCreated(null);
    if (refused.name || refused.subjects) return;
    const [code, version] = form.framework.split('@');
    create.mutate({
      number: Number(form.number),
      year: Number(form.year),
      nameAr: form.nameAr,
      nameEn: form.nameEn,
      frameworkCode: code ?? '',
      frameworkVersion: version ? Number(version) : undefined,
      subjectKind: 'entity',
      subjectIds: subjects,
      selfAssessmentDueAt: form.due ? new Date(form.due).toISOString() : '',
    });
  };
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  return (
    <Card title={t('cycles.create')}>
      <form className="stack" onSubmit={submit}>
        <div className="exc-row">
          <Field label={t('cycles.number')}>
            {(id) => <Input id={id} type="number" min={1} value={form.number} onChange={set('number')} required />}
          </Field>
          <Field label={t('cycles.year')}>
            {(id) => <Input id={id} type="number" value={form.year} onChange={set('year')} required />}
          </Field>
          <Field label={t('cycles.nameAr')} error={nameError}>
            {(id, describedBy) => (
              <Input
                id={id}
                value={form.nameAr}
                onChange={set('nameAr')}
                dir="rtl"
                aria-describedby={describedBy}
                aria-invalid={nameError ? true : undefined}
              />
            )}
          </Field>
          <Field label={t('cycles.nameEn')} error={serverError('nameEn')}>
            {(id, describedBy) => <Input id={id} value={form.nameEn} onChange={set('nameEn')} dir="ltr" aria-describedby={describedBy} />}
          </Field>
        </div>
        <div className="exc-row">
          <Field label={t('cycles.framework')}>
            {(id) => (
              <Select id={id} value={form.framework} onChange={set('framework')} required>
                <option value="" />
                {(frameworks.data ?? []).map((f) => (
                  <option key={`${f.code}@${f.version}`} value={`${f.code}@${f.version}`}>
                    {t('cycles.frameworkOption', { name: localName(f), version: f.version })}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t('cycles.due')}>
            {(id) => <Input id={id} type="datetime-local" value={form.due} onChange={set('due')} required />}
          </Field>
        </div>
        <fieldset className="exc-row" aria-describedby={subjectsError ? 'new-cycle-subjects-error' : undefined}>
          <legend>{t('cycles.subjects')}</legend>
          {(entities.data ?? []).map((e) => (
            <label key={e.id} className="exc-row">
              <input
                type="checkbox"
                checked={subjects.includes(e.id)}
                onChange={(ev) => setSubjects(ev.target.checked ? [...subjects, e.id] : subjects.filter((s) => s !== e.id))}
              />
              {localName(e)}
            </label>
          ))}
          {subjectsError && (
            <span className="field__error" id="new-cycle-subjects-error" role="alert">
              {subjectsError}
            </span>
          )}
        </fieldset>
        <ErrorMessage error={create.error} />
        {created && (
          <p role="status" data-testid="cycle-created">
            {t('cycles.created', { number: created.number })} <Link to={`/excellence/cycles/${created.id}`}>{t('cycles.openCreated')}</Link>
          </p>
        )}
        <div>
          <Button type="submit" disabled={create.isPending}>
            {t('cycles.create_submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

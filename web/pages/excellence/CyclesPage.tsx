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
import './excellence.css';

/** The cycles; the programme manager also creates one from a framework (leadership reads). */
export function CyclesPage() {
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const format = useFormat();
  const cycles = useQuery(trpc.excellence.cycles.list.queryOptions());
  const programme = useMay()('runExcellenceProgramme');
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
            { key: 'year', header: t('cycles.year'), cell: (c) => String(c.year), numeric: true },
            { key: 'fw', header: t('cycles.framework'), cell: (c) => `${c.frameworkCode} v${c.frameworkVersion}` },
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
  const [form, setForm] = useState({ number: '', year: String(new Date().getFullYear()), nameAr: '', nameEn: '', framework: '', due: '' });
  const [subjects, setSubjects] = useState<string[]>([]);
  const create = useMutation(
    trpc.excellence.cycles.create.mutationOptions({
      onSuccess: () => client.invalidateQueries({ queryKey: trpc.excellence.cycles.list.queryKey() }),
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
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
          <Field label={t('cycles.nameAr')}>
            {(id) => <Input id={id} value={form.nameAr} onChange={set('nameAr')} required dir="rtl" />}
          </Field>
          <Field label={t('cycles.nameEn')}>
            {(id) => <Input id={id} value={form.nameEn} onChange={set('nameEn')} required dir="ltr" />}
          </Field>
        </div>
        <div className="exc-row">
          <Field label={t('cycles.framework')}>
            {(id) => (
              <Select id={id} value={form.framework} onChange={set('framework')} required>
                <option value="" />
                {(frameworks.data ?? []).map((f) => (
                  <option key={`${f.code}@${f.version}`} value={`${f.code}@${f.version}`}>
                    {localName(f)} v{f.version}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t('cycles.due')}>
            {(id) => <Input id={id} type="datetime-local" value={form.due} onChange={set('due')} required />}
          </Field>
        </div>
        <fieldset className="exc-row">
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
        </fieldset>
        <ErrorMessage error={create.error} />
        <div>
          <Button type="submit" disabled={create.isPending}>
            {t('cycles.create_submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc/client.ts';
import { Button } from '../../../design/components/Button.tsx';
import { Card } from '../../../design/components/Card.tsx';
import { EmptyState } from '../../../design/components/EmptyState.tsx';
import { ErrorMessage } from '../../../design/components/ErrorMessage.tsx';
import { Field, Input } from '../../../design/components/Field.tsx';
import { PageHeader } from '../../../design/components/PageHeader.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useLocalName } from '../../../app/display-name.ts';
import { SetupNav } from './SetupNav.tsx';

const blank = { nameAr: '', nameEn: '', startsOn: '', endsOn: '' };

/** The programme's periods; a new one opens on its own page, where its quotas are set and its plan generated. */
export function PeriodsPage() {
  const { t } = useTranslation('mysteryShopper');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const format = useFormat();
  const localName = useLocalName();
  const periods = useQuery(trpc.mysteryShopper.periods.list.queryOptions());
  const [form, setForm] = useState(blank);
  const create = useMutation(
    trpc.mysteryShopper.periods.create.mutationOptions({
      onSuccess: async ({ id }) => {
        await queryClient.invalidateQueries();
        await navigate(`/mystery-shopper/periods/${id}`);
      },
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ name: { ar: form.nameAr, en: form.nameEn }, startsOn: form.startsOn, endsOn: form.endsOn, cycleId: null });
  };
  const input = (key: keyof typeof blank, label: string, type: string, dir?: 'rtl' | 'ltr') => (
    <Field label={label}>
      {(id) => (
        <Input
          id={id}
          type={type}
          dir={dir}
          required={type === 'date'}
          value={form[key]}
          onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
        />
      )}
    </Field>
  );
  const day = (d: string) => format.date(`${d}T12:00:00Z`);

  return (
    <div className="stack">
      <PageHeader title={t('setup.periods.title')} />
      <SetupNav />
      <ErrorMessage error={periods.error} />
      {periods.data?.length === 0 && <EmptyState title={t('setup.periods.empty')} />}
      {periods.data && periods.data.length > 0 && (
        <Card title={t('setup.periods.title')}>
          <table className="table" data-testid="period-table">
            <thead>
              <tr>
                <th scope="col">{t('programme.period')}</th>
                <th scope="col">{t('programme.dates')}</th>
                <th scope="col">{t('programme.state')}</th>
              </tr>
            </thead>
            <tbody>
              {periods.data.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/mystery-shopper/periods/${p.id}`}>{localName(p)}</Link>
                  </th>
                  <td>
                    {day(p.startsOn)} – {day(p.endsOn)}
                  </td>
                  <td>{p.published ? t('programme.published') : p.planned ? t('setup.periods.planned') : t('setup.periods.notPlanned')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      <Card title={t('setup.periods.add')}>
        <form className="stack" aria-label={t('setup.periods.add')} onSubmit={submit}>
          <p className="muted">{t('setup.eitherLanguage')}</p>
          <div className="programme-setup__grid">
            {input('nameAr', t('setup.nameAr'), 'text', 'rtl')}
            {input('nameEn', t('setup.nameEn'), 'text', 'ltr')}
            {input('startsOn', t('setup.periods.startsOn'), 'date')}
            {input('endsOn', t('setup.periods.endsOn'), 'date')}
          </div>
          <ErrorMessage error={create.error} />
          <div>
            <Button type="submit" disabled={create.isPending}>
              {t('setup.periods.add')}
            </Button>
          </div>
        </form>
      </Card>
    </div>
  );
}

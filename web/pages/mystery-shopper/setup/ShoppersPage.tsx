import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc/client.ts';
import { Button } from '../../../design/components/Button.tsx';
import { Card } from '../../../design/components/Card.tsx';
import { ConfirmInline } from '../../../design/components/ConfirmInline.tsx';
import { EmptyState } from '../../../design/components/EmptyState.tsx';
import { ErrorMessage } from '../../../design/components/ErrorMessage.tsx';
import { Field, Input, Select } from '../../../design/components/Field.tsx';
import { PageHeader } from '../../../design/components/PageHeader.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useLocalName } from '../../../app/display-name.ts';
import { ageBands, genders, nationalityGroups, shopperLanguages } from '../../../../workflows/mystery-shopper/profile.ts';
import { SetupNav } from './SetupNav.tsx';

const blank = {
  username: '',
  displayNameAr: '',
  displayNameEn: '',
  email: '',
  locale: 'ar' as 'ar' | 'en',
  nationalityGroup: nationalityGroups[0] as (typeof nationalityGroups)[number],
  ageBand: ageBands[0] as (typeof ageBands)[number],
  gender: genders[0] as (typeof genders)[number],
  language: shopperLanguages[0] as (typeof shopperLanguages)[number],
  disability: false,
  maxVisits: 4,
  employerEntityId: '',
};

/** The shopper pool: who may be sent, their profile, and who is out of it. */
export function ShoppersPage() {
  const { t } = useTranslation('mysteryShopper');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const format = useFormat();
  const localName = useLocalName();
  const pool = useQuery(trpc.mysteryShopper.shoppers.list.queryOptions());
  const entities = useQuery(trpc.entities.list.queryOptions());
  const [form, setForm] = useState(blank);
  const [done, setDone] = useState('');
  const set = <K extends keyof typeof blank>(key: K, value: (typeof blank)[K]) => setForm((f) => ({ ...f, [key]: value }));
  const add = useMutation(
    trpc.mysteryShopper.shoppers.add.mutationOptions({
      onSuccess: async () => {
        setForm(blank);
        setDone(t('setup.shoppers.added'));
        await queryClient.invalidateQueries();
      },
    }),
  );
  const setActive = useMutation(
    trpc.mysteryShopper.shoppers.setActive.mutationOptions({ onSuccess: () => queryClient.invalidateQueries() }),
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone('');
    const { username, displayNameAr, displayNameEn, email, locale, employerEntityId, ...profile } = form;
    add.mutate({
      shoppers: [
        {
          username,
          displayNameAr,
          displayNameEn,
          email,
          locale,
          profile: { ...profile, weekdays: [1, 2, 3, 4, 5, 6, 7], employerEntityId: employerEntityId || null, relatedEntityIds: [] },
        },
      ],
    });
  };
  const text = (key: 'username' | 'displayNameAr' | 'displayNameEn' | 'email', label: string, type = 'text') => (
    <Field label={label}>
      {(id) => (
        <Input
          id={id}
          type={type}
          dir={key === 'displayNameAr' ? 'rtl' : key === 'displayNameEn' ? 'ltr' : undefined}
          value={form[key]}
          onChange={(e) => set(key, e.target.value)}
        />
      )}
    </Field>
  );

  return (
    <div className="stack">
      <PageHeader title={t('setup.shoppers.title')} />
      <SetupNav />
      <ErrorMessage error={pool.error ?? setActive.error} />
      <Card title={t('setup.shoppers.add')}>
        <form className="stack" aria-label={t('setup.shoppers.add')} onSubmit={submit}>
          <div className="programme-setup__grid">
            {text('username', t('setup.shoppers.username'))}
            {text('displayNameAr', t('setup.nameAr'))}
            {text('displayNameEn', t('setup.nameEn'))}
            {text('email', t('setup.shoppers.email'), 'email')}
            <Field label={t('setup.shoppers.locale')}>
              {(id) => (
                <Select id={id} value={form.locale} onChange={(e) => set('locale', e.target.value as 'ar' | 'en')}>
                  <option value="ar">{t('setup.shoppers.languages.ar')}</option>
                  <option value="en">{t('setup.shoppers.languages.en')}</option>
                </Select>
              )}
            </Field>
            <Field label={t('setup.shoppers.nationality')}>
              {(id) => (
                <Select
                  id={id}
                  value={form.nationalityGroup}
                  onChange={(e) => set('nationalityGroup', e.target.value as typeof form.nationalityGroup)}
                >
                  {nationalityGroups.map((n) => (
                    <option key={n} value={n}>
                      {t(`profile.nationality.${n}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label={t('setup.shoppers.age')}>
              {(id) => (
                <Select id={id} value={form.ageBand} onChange={(e) => set('ageBand', e.target.value as typeof form.ageBand)}>
                  {ageBands.map((a) => (
                    <option key={a} value={a}>
                      {t(`profile.age.${a}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label={t('setup.shoppers.gender')}>
              {(id) => (
                <Select id={id} value={form.gender} onChange={(e) => set('gender', e.target.value as typeof form.gender)}>
                  {genders.map((g) => (
                    <option key={g} value={g}>
                      {t(`profile.gender.${g}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label={t('setup.shoppers.language')}>
              {(id) => (
                <Select id={id} value={form.language} onChange={(e) => set('language', e.target.value as typeof form.language)}>
                  {shopperLanguages.map((l) => (
                    <option key={l} value={l}>
                      {t(`setup.shoppers.languages.${l}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label={t('setup.shoppers.maxVisits')}>
              {(id) => (
                <Input
                  id={id}
                  type="number"
                  min={0}
                  max={100}
                  value={form.maxVisits}
                  onChange={(e) => set('maxVisits', Number(e.target.value))}
                />
              )}
            </Field>
            <Field label={t('setup.shoppers.employer')}>
              {(id) => (
                <Select id={id} value={form.employerEntityId} onChange={(e) => set('employerEntityId', e.target.value)}>
                  <option value="">{t('setup.shoppers.noEmployer')}</option>
                  {entities.data?.map((en) => (
                    <option key={en.id} value={en.id}>
                      {localName(en)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <label className="programme-setup__check">
              <input type="checkbox" checked={form.disability} onChange={(e) => set('disability', e.target.checked)} />
              {t('setup.shoppers.disability')}
            </label>
          </div>
          <ErrorMessage error={add.error} />
          {done && <p role="status">{done}</p>}
          <div>
            <Button type="submit" disabled={add.isPending}>
              {t('setup.shoppers.add')}
            </Button>
          </div>
        </form>
      </Card>
      {pool.data?.length === 0 && <EmptyState title={t('setup.shoppers.empty')} />}
      {pool.data && pool.data.length > 0 && (
        <Card title={t('programme.pool', { count: pool.data.length })}>
          <table className="table" data-testid="pool-table">
            <thead>
              <tr>
                <th scope="col">{t('programme.shopper')}</th>
                <th scope="col">{t('programme.profile')}</th>
                <th scope="col">{t('programme.maxVisits')}</th>
                <th scope="col">{t('setup.shoppers.status')}</th>
              </tr>
            </thead>
            <tbody>
              {pool.data.map((s) => {
                const name = localName({ nameAr: s.displayNameAr, nameEn: s.displayNameEn });
                return (
                  <tr key={s.id} data-shopper={s.username}>
                    <th scope="row">{name}</th>
                    <td>
                      {[
                        t(`profile.nationality.${s.profile.nationalityGroup}`),
                        t(`profile.age.${s.profile.ageBand}`),
                        t(`profile.gender.${s.profile.gender}`),
                        s.profile.disability ? t('profile.disability') : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </td>
                    <td>{format.number(s.maxVisits)}</td>
                    <td>
                      <span>{s.active ? t('setup.shoppers.active') : t('setup.shoppers.inactive')}</span>{' '}
                      <ConfirmInline
                        label={s.active ? t('setup.shoppers.deactivate') : t('setup.shoppers.reactivate')}
                        question={t(s.active ? 'setup.shoppers.confirmDeactivate' : 'setup.shoppers.confirmReactivate', { name })}
                        disabled={setActive.isPending}
                        testId={`active-${s.username}`}
                        onConfirm={() => setActive.mutate({ userId: s.id, active: !s.active })}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Card>
      )}
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc/client.ts';
import { Button } from '../../../design/components/Button.tsx';
import { Card } from '../../../design/components/Card.tsx';
import { EmptyState } from '../../../design/components/EmptyState.tsx';
import { ErrorMessage } from '../../../design/components/ErrorMessage.tsx';
import { Field, Input, Select } from '../../../design/components/Field.tsx';
import { PageHeader } from '../../../design/components/PageHeader.tsx';
import { useBilingual } from '../../../i18n/bilingual.ts';
import { shopperChannels, type ShopperChannel } from '../../../../workflows/mystery-shopper/profile.ts';
import { SetupNav } from './SetupNav.tsx';
import { ScenarioWordingForm } from './ScenarioWordingForm.tsx';

interface ItemDraft {
  code: string;
  ar: string;
  en: string;
  weight: number;
}
const blankItem = (): ItemDraft => ({ code: '', ar: '', en: '', weight: 1 });
const blank = { code: '', channel: 'centre' as ShopperChannel, serviceAr: '', serviceEn: '', personaAr: '', personaEn: '' };

/** The scenario library: the service asked for, the persona played and the checklist, per channel. */
export function ScenariosPage() {
  const { t } = useTranslation('mysteryShopper');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pick = useBilingual();
  const scenarios = useQuery(trpc.mysteryShopper.scenarios.list.queryOptions());
  const [form, setForm] = useState(blank);
  const [items, setItems] = useState<ItemDraft[]>([blankItem()]);
  const [editing, setEditing] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const create = useMutation(
    trpc.mysteryShopper.scenarios.create.mutationOptions({
      onSuccess: async () => {
        setForm(blank);
        setItems([blankItem()]);
        setDone(t('setup.scenarios.created'));
        await queryClient.invalidateQueries();
      },
    }),
  );
  const setItem = (i: number, patch: Partial<ItemDraft>) => setItems((all) => all.map((it, j) => (j === i ? { ...it, ...patch } : it)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone('');
    create.mutate({
      code: form.code,
      channel: form.channel,
      service: { ar: form.serviceAr, en: form.serviceEn },
      persona: { ar: form.personaAr, en: form.personaEn },
      checklist: items.map((i) => ({ code: i.code, text: { ar: i.ar, en: i.en }, weight: i.weight })),
    });
  };
  const text = (key: Exclude<keyof typeof blank, 'channel'>, label: string, dir?: 'rtl' | 'ltr') => (
    <Field label={label}>
      {(id) => <Input id={id} dir={dir} value={form[key]} onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))} />}
    </Field>
  );
  const editedScenario = scenarios.data?.find((s) => s.id === editing);

  return (
    <div className="stack">
      <PageHeader title={t('setup.scenarios.title')} />
      <SetupNav />
      <ErrorMessage error={scenarios.error} />
      {scenarios.data?.length === 0 && <EmptyState title={t('setup.scenarios.empty')} />}
      {scenarios.data && scenarios.data.length > 0 && (
        <Card title={t('setup.scenarios.title')}>
          <table className="table" data-testid="scenario-table">
            <thead>
              <tr>
                <th scope="col">{t('setup.scenarios.code')}</th>
                <th scope="col">{t('setup.scenarios.channel')}</th>
                <th scope="col">{t('setup.scenarios.service')}</th>
                <th scope="col">{t('setup.scenarios.persona')}</th>
                <th scope="col">{t('setup.scenarios.checklist')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('setup.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {scenarios.data.map((s) => (
                <tr key={s.id} data-scenario={s.code}>
                  <th scope="row">
                    <code dir="ltr">{s.code}</code>
                  </th>
                  <td>{t(`channels.${s.channel}`)}</td>
                  <td>{pick(s.service)}</td>
                  <td>{pick(s.persona)}</td>
                  <td>{t('setup.scenarios.items', { count: s.checklist.length })}</td>
                  <td>
                    <Button variant="ghost" onClick={() => setEditing(s.id)} aria-label={t('setup.scenarios.editing', { code: s.code })}>
                      {t('setup.edit')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      {editedScenario && <ScenarioWordingForm key={editedScenario.id} scenario={editedScenario} onClose={() => setEditing(null)} />}
      <Card title={t('setup.scenarios.add')}>
        <form className="stack" aria-label={t('setup.scenarios.add')} onSubmit={submit}>
          <p className="muted">{t('setup.eitherLanguage')}</p>
          <div className="programme-setup__grid">
            {text('code', t('setup.scenarios.code'), 'ltr')}
            <Field label={t('setup.scenarios.channel')}>
              {(id) => (
                <Select
                  id={id}
                  value={form.channel}
                  onChange={(e) => setForm((f) => ({ ...f, channel: e.target.value as ShopperChannel }))}
                >
                  {shopperChannels.map((c) => (
                    <option key={c} value={c}>
                      {t(`channels.${c}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            {text('serviceAr', t('setup.scenarios.serviceAr'), 'rtl')}
            {text('serviceEn', t('setup.scenarios.serviceEn'), 'ltr')}
            {text('personaAr', t('setup.scenarios.personaAr'), 'rtl')}
            {text('personaEn', t('setup.scenarios.personaEn'), 'ltr')}
          </div>
          <fieldset className="stack">
            <legend>{t('setup.scenarios.checklist')}</legend>
            {items.map((item, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: draft rows have no identity until saved
              <div key={i} className="programme-setup__row" data-item-row={i}>
                <Field label={t('setup.scenarios.itemCode')}>
                  {(id) => <Input id={id} dir="ltr" value={item.code} onChange={(e) => setItem(i, { code: e.target.value })} />}
                </Field>
                <Field label={t('setup.scenarios.itemAr')}>
                  {(id) => <Input id={id} dir="rtl" value={item.ar} onChange={(e) => setItem(i, { ar: e.target.value })} />}
                </Field>
                <Field label={t('setup.scenarios.itemEn')}>
                  {(id) => <Input id={id} dir="ltr" value={item.en} onChange={(e) => setItem(i, { en: e.target.value })} />}
                </Field>
                <Field label={t('setup.scenarios.weight')}>
                  {(id) => (
                    <Input
                      id={id}
                      type="number"
                      min={1}
                      max={10}
                      value={item.weight}
                      onChange={(e) => setItem(i, { weight: Number(e.target.value) })}
                    />
                  )}
                </Field>
                {items.length > 1 && (
                  <Button variant="ghost" onClick={() => setItems((all) => all.filter((_, j) => j !== i))}>
                    {t('setup.scenarios.removeItem')}
                  </Button>
                )}
              </div>
            ))}
            <div>
              <Button variant="secondary" onClick={() => setItems((all) => [...all, blankItem()])}>
                {t('setup.scenarios.addItem')}
              </Button>
            </div>
          </fieldset>
          <ErrorMessage error={create.error} />
          {done && <p role="status">{done}</p>}
          <div>
            <Button type="submit" disabled={create.isPending}>
              {t('setup.scenarios.add')}
            </Button>
          </div>
        </form>
      </Card>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Select } from '../../design/components/Field.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useLocalName } from '../../app/display-name.ts';
import { centreChannels, centreModels, type CentreInput } from '../../../workflows/registry/centre-rules.ts';
import { AdminField } from './AdminField.tsx';
import { useFieldErrors } from './field-errors.ts';
import { AdminFormActions } from './AdminFormActions.tsx';
import { AdminTextField } from './AdminTextField.tsx';
import { BilingualNameFields } from './BilingualNameFields.tsx';
import './admin.css';

const blank: CentreInput = {
  entityId: '',
  code: '',
  nameAr: '',
  nameEn: '',
  model: 'on_premises',
  channel: 'counter',
  cityAr: '',
  cityEn: '',
  active: true,
};

type TextKey = 'code' | 'nameAr' | 'nameEn' | 'cityAr' | 'cityEn';

/** Administrator: service centres of every entity — add, edit, close and reopen. */
export function ServiceCentresAdminPage() {
  const { t } = useTranslation('registry');
  const trpc = useTRPC();
  const queries = useQueryClient();
  const localName = useLocalName();
  const [entityId, setEntityId] = useState('');
  const entities = useQuery(trpc.entities.list.queryOptions({ includeArchived: true }));
  const centres = useQuery(trpc.entities.centres.list.queryOptions({ entityId: entityId || undefined, includeInactive: true }));
  const [editing, setEditing] = useState<{ id: string | null; input: CentreInput } | null>(null);
  const finish = () => {
    setEditing(null);
    void queries.invalidateQueries({ queryKey: trpc.entities.pathKey() });
  };
  const create = useMutation(trpc.entities.centres.create.mutationOptions({ onSuccess: finish }));
  const update = useMutation(trpc.entities.centres.update.mutationOptions({ onSuccess: finish }));
  const save = editing?.id ? update : create;
  const fieldError = useFieldErrors(save.error);
  const set = (patch: Partial<CentreInput>) => setEditing((e) => (e ? { ...e, input: { ...e.input, ...patch } } : e));
  const names = new Map((entities.data ?? []).map((e) => [e.id, localName(e)]));
  const open = (id: string | null, input: CentreInput) => {
    create.reset();
    update.reset();
    setEditing({ id, input });
  };
  const text = (key: TextKey, label: string, dir: 'ltr' | 'rtl') => (
    <AdminTextField
      label={label}
      path={key}
      value={editing!.input[key]}
      dir={dir}
      fieldError={fieldError}
      onChange={(v) => set({ [key]: v })}
    />
  );

  return (
    <div className="stack">
      <PageHeader
        title={t('centres.title')}
        actions={<Button onClick={() => open(null, { ...blank, entityId })}>{t('centres.new')}</Button>}
      />
      <Field label={t('common.entity')}>
        {(id) => (
          <Select id={id} value={entityId} onChange={(e) => setEntityId(e.target.value)}>
            <option value="">{t('centres.allEntities')}</option>
            {(entities.data ?? []).map((e) => (
              <option key={e.id} value={e.id}>
                {localName(e)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <ErrorMessage error={centres.error} />
      {editing && (
        <Card title={editing.id ? t('common.edit') : t('centres.new')}>
          <form
            className="registry-form"
            data-testid="centre-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (editing.id) update.mutate({ ...editing.input, id: editing.id });
              else create.mutate(editing.input);
            }}
          >
            <AdminField label={t('common.entity')} path="entityId" error={fieldError('entityId')}>
              {(id, d) => (
                <Select
                  id={id}
                  value={editing.input.entityId}
                  aria-invalid={!!d}
                  aria-describedby={d}
                  onChange={(e) => set({ entityId: e.target.value })}
                >
                  <option value="">{t('common.none')}</option>
                  {(entities.data ?? [])
                    .filter((e) => !e.archived || e.id === editing.input.entityId)
                    .map((e) => (
                      <option key={e.id} value={e.id}>
                        {localName(e)}
                      </option>
                    ))}
                </Select>
              )}
            </AdminField>
            {text('code', t('common.code'), 'ltr')}
            <BilingualNameFields
              nameAr={editing.input.nameAr}
              nameEn={editing.input.nameEn}
              fieldError={fieldError}
              onChange={(patch) => set(patch)}
            />
            <AdminField label={t('centres.model')} path="model" error={fieldError('model')}>
              {(id) => (
                <Select id={id} value={editing.input.model} onChange={(e) => set({ model: e.target.value as CentreInput['model'] })}>
                  {centreModels.map((m) => (
                    <option key={m} value={m}>
                      {t(`centres.models.${m}`)}
                    </option>
                  ))}
                </Select>
              )}
            </AdminField>
            <AdminField label={t('centres.channel')} path="channel" error={fieldError('channel')}>
              {(id, d) => (
                <Select
                  id={id}
                  value={editing.input.channel}
                  aria-invalid={!!d}
                  aria-describedby={d}
                  onChange={(e) => set({ channel: e.target.value as CentreInput['channel'] })}
                >
                  {centreChannels.map((c) => (
                    <option key={c} value={c}>
                      {t(`centres.channels.${c}`)}
                    </option>
                  ))}
                </Select>
              )}
            </AdminField>
            {text('cityAr', t('centres.cityAr'), 'rtl')}
            {text('cityEn', t('centres.cityEn'), 'ltr')}
            <label className="registry-form__wide">
              <input type="checkbox" checked={editing.input.active} onChange={(e) => set({ active: e.target.checked })} />{' '}
              {t('centres.openForService')}
            </label>
            <AdminFormActions failed={!!save.error} pending={save.isPending} onCancel={() => setEditing(null)} />
          </form>
        </Card>
      )}
      {centres.data && (
        <Table
          testId="centres"
          rows={centres.data}
          rowKey={(c) => c.id}
          columns={[
            { key: 'code', header: t('common.code'), cell: (c) => <span dir="ltr">{c.code}</span> },
            { key: 'name', header: t('centres.title'), cell: (c) => localName(c) },
            { key: 'entity', header: t('common.entity'), cell: (c) => names.get(c.entityId) ?? c.entityId },
            { key: 'model', header: t('centres.model'), cell: (c) => t(`centres.models.${c.model}`, { defaultValue: c.model }) },
            { key: 'channel', header: t('centres.channel'), cell: (c) => t(`centres.channels.${c.channel}`, { defaultValue: c.channel }) },
            {
              key: 'status',
              header: t('common.status'),
              cell: (c) => (
                <StatusPill tone={c.active ? 'success' : 'neutral'}>{c.active ? t('common.active') : t('common.inactive')}</StatusPill>
              ),
            },
            {
              key: 'actions',
              header: '',
              cell: (c) => (
                <Button
                  variant="ghost"
                  onClick={() =>
                    open(c.id, {
                      entityId: c.entityId,
                      code: c.code,
                      nameAr: c.nameAr,
                      nameEn: c.nameEn,
                      model: c.model as CentreInput['model'],
                      channel: c.channel as CentreInput['channel'],
                      cityAr: c.cityAr,
                      cityEn: c.cityEn,
                      active: c.active,
                    })
                  }
                >
                  {t('common.edit')}
                </Button>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}

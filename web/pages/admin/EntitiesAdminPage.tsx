import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Select } from '../../design/components/Field.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useLocalName } from '../../app/display-name.ts';
import { entitySectors, entityTypes, type EntityInput } from '../../../workflows/registry/entity-rules.ts';
import { AdminField } from './AdminField.tsx';
import { ConfirmInline } from '../../design/components/ConfirmInline.tsx';
import { useFieldErrors } from './field-errors.ts';
import { AdminFormActions } from './AdminFormActions.tsx';
import { BilingualNameFields } from './BilingualNameFields.tsx';
import { AdminTextField } from './AdminTextField.tsx';
import './admin.css';

const blank: EntityInput = {
  code: '',
  nameAr: '',
  nameEn: '',
  type: 'ministry',
  sector: 'government',
  deliversServices: true,
  parentEntityId: null,
};

/** Administrator: the entity register — add, edit, place under a parent, archive and restore. */
export function EntitiesAdminPage() {
  const { t } = useTranslation('registry');
  const trpc = useTRPC();
  const queries = useQueryClient();
  const localName = useLocalName();
  const entities = useQuery(trpc.entities.list.queryOptions({ includeArchived: true }));
  const [editing, setEditing] = useState<{ id: string | null; input: EntityInput } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const refresh = () => queries.invalidateQueries({ queryKey: trpc.entities.list.pathKey() });
  const create = useMutation(trpc.entities.admin.create.mutationOptions({ onSuccess: () => finish() }));
  const update = useMutation(trpc.entities.admin.update.mutationOptions({ onSuccess: () => finish() }));
  const archive = useMutation(trpc.entities.admin.archive.mutationOptions({ onSuccess: () => void refresh() }));
  const restore = useMutation(trpc.entities.admin.restore.mutationOptions({ onSuccess: () => void refresh() }));
  const save = editing?.id ? update : create;
  const fieldError = useFieldErrors(save.error);
  function finish() {
    setEditing(null);
    setDone(t('common.saved'));
    void refresh();
  }
  const set = (patch: Partial<EntityInput>) => setEditing((e) => (e ? { ...e, input: { ...e.input, ...patch } } : e));
  const byId = new Map((entities.data ?? []).map((e) => [e.id, e]));
  const parents = (entities.data ?? []).filter((e) => !e.archived && e.id !== editing?.id);

  return (
    <div className="stack">
      <PageHeader
        title={t('entities.title')}
        actions={
          <Button
            onClick={() => {
              create.reset();
              update.reset();
              setDone(null);
              setEditing({ id: null, input: blank });
            }}
          >
            {t('entities.new')}
          </Button>
        }
      />
      {done && (
        <p role="status" data-testid="admin-saved">
          {done}
        </p>
      )}
      <ErrorMessage error={entities.error ?? archive.error ?? restore.error} />
      {editing && (
        <Card title={editing.id ? t('common.edit') : t('entities.new')}>
          <form
            className="registry-form"
            data-testid="entity-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (editing.id) update.mutate({ ...editing.input, id: editing.id });
              else create.mutate(editing.input);
            }}
          >
            <AdminTextField
              label={t('common.code')}
              path="code"
              value={editing.input.code}
              dir="ltr"
              fieldError={fieldError}
              onChange={(v) => set({ code: v })}
            />
            <BilingualNameFields
              nameAr={editing.input.nameAr}
              nameEn={editing.input.nameEn}
              fieldError={fieldError}
              onChange={(patch) => set(patch)}
            />
            <AdminField label={t('entities.type')} path="type" error={fieldError('type')}>
              {(id) => (
                <Select id={id} value={editing.input.type} onChange={(e) => set({ type: e.target.value as EntityInput['type'] })}>
                  {entityTypes.map((v) => (
                    <option key={v} value={v}>
                      {t(`entities.types.${v}`)}
                    </option>
                  ))}
                </Select>
              )}
            </AdminField>
            <AdminField label={t('entities.sector')} path="sector" error={fieldError('sector')}>
              {(id) => (
                <Select id={id} value={editing.input.sector} onChange={(e) => set({ sector: e.target.value as EntityInput['sector'] })}>
                  {entitySectors.map((v) => (
                    <option key={v} value={v}>
                      {t(`entities.sectors.${v}`)}
                    </option>
                  ))}
                </Select>
              )}
            </AdminField>
            <AdminField label={t('entities.parent')} path="parentEntityId" error={fieldError('parentEntityId')}>
              {(id, d) => (
                <Select
                  id={id}
                  value={editing.input.parentEntityId ?? ''}
                  aria-invalid={!!d}
                  aria-describedby={d}
                  onChange={(e) => set({ parentEntityId: e.target.value || null })}
                >
                  <option value="">{t('common.none')}</option>
                  {parents.map((p) => (
                    <option key={p.id} value={p.id}>
                      {localName(p)} ({p.code})
                    </option>
                  ))}
                </Select>
              )}
            </AdminField>
            <label className="registry-form__wide">
              <input
                type="checkbox"
                checked={editing.input.deliversServices}
                onChange={(e) => set({ deliversServices: e.target.checked })}
              />{' '}
              {t('entities.deliversServices')}
            </label>
            <AdminFormActions failed={!!save.error} pending={save.isPending} onCancel={() => setEditing(null)} />
          </form>
        </Card>
      )}
      {entities.data && (
        <Table
          testId="entities"
          rows={entities.data}
          rowKey={(e) => e.id}
          columns={[
            { key: 'code', header: t('common.code'), cell: (e) => <span dir="ltr">{e.code}</span> },
            { key: 'name', header: t('common.entity'), cell: (e) => localName(e) },
            { key: 'type', header: t('entities.type'), cell: (e) => t(`entities.types.${e.type}`, { defaultValue: e.type }) },
            {
              key: 'parent',
              header: t('entities.parent'),
              cell: (e) =>
                e.parentEntityId ? localName(byId.get(e.parentEntityId) ?? { nameAr: e.parentEntityId, nameEn: e.parentEntityId }) : '',
            },
            {
              key: 'status',
              header: t('common.status'),
              cell: (e) => (
                <StatusPill tone={e.archived ? 'neutral' : 'success'}>{e.archived ? t('common.archived') : t('common.active')}</StatusPill>
              ),
            },
            {
              key: 'actions',
              header: '',
              cell: (e) => (
                <span className="admin-actions">
                  <Button
                    variant="ghost"
                    aria-label={`${t('common.edit')} ${e.code}`}
                    onClick={() => {
                      create.reset();
                      update.reset();
                      setDone(null);
                      setEditing({
                        id: e.id,
                        input: {
                          code: e.code,
                          nameAr: e.nameAr,
                          nameEn: e.nameEn,
                          type: e.type as EntityInput['type'],
                          sector: e.sector as EntityInput['sector'],
                          deliversServices: e.deliversServices,
                          parentEntityId: e.parentEntityId,
                        },
                      });
                    }}
                  >
                    {t('common.edit')}
                  </Button>
                  {e.archived ? (
                    <Button variant="secondary" onClick={() => restore.mutate({ id: e.id })}>
                      {t('common.restore')}
                    </Button>
                  ) : (
                    <ConfirmInline
                      label={t('common.archive')}
                      question={t('common.confirmArchive', { name: localName(e) })}
                      onConfirm={() => archive.mutate({ id: e.id })}
                    />
                  )}
                </span>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}

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
import type { DocumentTypeInput } from '../../../workflows/registry/catalogue-rules.ts';
import { AdminField } from './AdminField.tsx';
import { ConfirmInline } from '../../design/components/ConfirmInline.tsx';
import { useFieldErrors } from './field-errors.ts';
import { AdminFormActions } from './AdminFormActions.tsx';
import { BilingualNameFields } from './BilingualNameFields.tsx';
import { AdminTextField } from './AdminTextField.tsx';
import './admin.css';

const blank: DocumentTypeInput = { id: 'doc.', nameAr: '', nameEn: '', issuerEntityCode: null };

/** Administrator and programme manager: the document types services, maps and bundles ask for. */
export function DocumentTypesAdminPage() {
  const { t } = useTranslation('registry');
  const trpc = useTRPC();
  const queries = useQueryClient();
  const localName = useLocalName();
  const types = useQuery(trpc.services.documentTypes.list.queryOptions({ includeRetired: true }));
  const reference = useQuery(trpc.services.reference.queryOptions());
  const [editing, setEditing] = useState<{ isNew: boolean; input: DocumentTypeInput } | null>(null);
  const refresh = () => queries.invalidateQueries({ queryKey: trpc.services.pathKey() });
  const finish = () => {
    setEditing(null);
    void refresh();
  };
  const create = useMutation(trpc.services.documentTypes.create.mutationOptions({ onSuccess: finish }));
  const update = useMutation(trpc.services.documentTypes.update.mutationOptions({ onSuccess: finish }));
  const retire = useMutation(trpc.services.documentTypes.setRetired.mutationOptions({ onSuccess: () => void refresh() }));
  const save = editing?.isNew ? create : update;
  const fieldError = useFieldErrors(save.error);
  const set = (patch: Partial<DocumentTypeInput>) => setEditing((e) => (e ? { ...e, input: { ...e.input, ...patch } } : e));
  const open = (isNew: boolean, input: DocumentTypeInput) => {
    create.reset();
    update.reset();
    setEditing({ isNew, input });
  };

  return (
    <div className="stack">
      <PageHeader title={t('documentTypes.title')} actions={<Button onClick={() => open(true, blank)}>{t('documentTypes.new')}</Button>} />
      <ErrorMessage error={types.error ?? retire.error} />
      {editing && (
        <Card title={editing.isNew ? t('documentTypes.new') : t('common.edit')}>
          <form
            className="registry-form"
            data-testid="document-type-form"
            onSubmit={(e) => {
              e.preventDefault();
              (editing.isNew ? create : update).mutate(editing.input);
            }}
          >
            <AdminTextField
              label={t('documentTypes.id')}
              path="id"
              value={editing.input.id}
              dir="ltr"
              readOnly={!editing.isNew}
              fieldError={fieldError}
              onChange={(v) => set({ id: v })}
            />
            <BilingualNameFields
              nameAr={editing.input.nameAr}
              nameEn={editing.input.nameEn}
              fieldError={fieldError}
              onChange={(patch) => set(patch)}
            />
            <AdminField label={t('documentTypes.issuer')} path="issuerEntityCode" error={fieldError('issuerEntityCode')}>
              {(id, d) => (
                <Select
                  id={id}
                  value={editing.input.issuerEntityCode ?? ''}
                  aria-invalid={!!d}
                  aria-describedby={d}
                  onChange={(e) => set({ issuerEntityCode: e.target.value || null })}
                >
                  <option value="">{t('common.none')}</option>
                  {(reference.data?.entities ?? []).map((e) => (
                    <option key={e.code} value={e.code}>
                      {localName({ nameAr: e.name.ar, nameEn: e.name.en })}
                    </option>
                  ))}
                </Select>
              )}
            </AdminField>
            <AdminFormActions failed={!!save.error} pending={save.isPending} onCancel={() => setEditing(null)} />
          </form>
        </Card>
      )}
      {types.data && (
        <Table
          testId="document-types"
          rows={types.data}
          rowKey={(d) => d.id}
          columns={[
            { key: 'id', header: t('documentTypes.id'), cell: (d) => <span dir="ltr">{d.id}</span> },
            { key: 'name', header: t('documentTypes.title'), cell: (d) => localName(d) },
            { key: 'issuer', header: t('documentTypes.issuer'), cell: (d) => <span dir="ltr">{d.issuerEntityCode ?? ''}</span> },
            {
              key: 'status',
              header: t('common.status'),
              cell: (d) => (
                <StatusPill tone={d.retired ? 'neutral' : 'success'}>{d.retired ? t('common.retired') : t('common.active')}</StatusPill>
              ),
            },
            {
              key: 'actions',
              header: '',
              cell: (d) => (
                <span className="admin-actions">
                  <Button
                    variant="ghost"
                    onClick={() => open(false, { id: d.id, nameAr: d.nameAr, nameEn: d.nameEn, issuerEntityCode: d.issuerEntityCode })}
                  >
                    {t('common.edit')}
                  </Button>
                  {d.retired ? (
                    <Button variant="secondary" onClick={() => retire.mutate({ id: d.id, retired: false })}>
                      {t('common.restore')}
                    </Button>
                  ) : (
                    <ConfirmInline
                      label={t('common.retire')}
                      question={t('common.confirmRetire', { name: localName(d) })}
                      onConfirm={() => retire.mutate({ id: d.id, retired: true })}
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

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useBilingual } from '../../i18n/bilingual.ts';
import { useFormat } from '../../i18n/format.ts';
import type { ServiceDefinition } from '../../../workflows/journeys/service-definition.ts';
import { ConfirmInline } from '../../design/components/ConfirmInline.tsx';
import { ServiceForm, blankService } from './ServiceForm.tsx';
import { useFieldErrors } from './field-errors.ts';
import { AdminFormActions } from './AdminFormActions.tsx';
import './admin.css';

/** A service's saved versions, newest first; each one opens read-only. */
function ServiceVersions({ code }: { code: string }) {
  const { t } = useTranslation('registry');
  const trpc = useTRPC();
  const pick = useBilingual();
  const format = useFormat();
  const versions = useQuery(trpc.services.admin.versions.queryOptions({ code }));
  const [open, setOpen] = useState<number | null>(null);
  const shown = useQuery({ ...trpc.services.admin.version.queryOptions({ code, version: open ?? 1 }), enabled: open !== null });
  return (
    <Card title={`${t('services.versions')} — ${code}`}>
      <ErrorMessage error={versions.error} />
      <ul data-testid="service-versions">
        {(versions.data ?? []).map((v) => (
          <li key={v.version}>
            <Button variant="ghost" onClick={() => setOpen(v.version)}>
              {t('services.versionOf', { version: v.version, at: format.dateTime(v.savedAt) })}
            </Button>
          </li>
        ))}
      </ul>
      {open !== null && shown.data && (
        <div data-testid="service-version">
          <p>{pick(shown.data.definition.name)}</p>
          <pre dir="ltr" className="admin-textarea">
            {JSON.stringify(shown.data.definition, null, 2)}
          </pre>
        </div>
      )}
    </Card>
  );
}

/** Administrator and programme manager: the service catalogue — create, edit (a new version each time), retire. */
export function ServiceCatalogueAdminPage() {
  const { t } = useTranslation('registry');
  const trpc = useTRPC();
  const queries = useQueryClient();
  const pick = useBilingual();
  const services = useQuery(trpc.services.admin.list.queryOptions());
  const reference = useQuery(trpc.services.reference.queryOptions());
  const [editing, setEditing] = useState<{ isNew: boolean; definition: ServiceDefinition } | null>(null);
  const [history, setHistory] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const refresh = () => queries.invalidateQueries({ queryKey: trpc.services.pathKey() });
  const finish = (r: { code: string; version: number }) => {
    setEditing(null);
    setSaved(`${t('common.saved')} ${r.code} — ${t('services.version')} ${r.version}`);
    void refresh();
  };
  const create = useMutation(trpc.services.admin.create.mutationOptions({ onSuccess: finish }));
  const update = useMutation(trpc.services.admin.update.mutationOptions({ onSuccess: finish }));
  const retire = useMutation(trpc.services.admin.setRetired.mutationOptions({ onSuccess: () => void refresh() }));
  const save = editing?.isNew ? create : update;
  const fieldError = useFieldErrors(save.error);
  const open = (isNew: boolean, definition: ServiceDefinition) => {
    create.reset();
    update.reset();
    setSaved(null);
    setEditing({ isNew, definition: structuredClone(definition) });
  };
  const entityName = (code: string) => {
    const e = reference.data?.entities.find((x) => x.code === code);
    return e ? pick(e.name) : code;
  };

  return (
    <div className="stack">
      <PageHeader title={t('services.title')} actions={<Button onClick={() => open(true, blankService)}>{t('services.new')}</Button>} />
      {saved && (
        <p role="status" data-testid="admin-saved">
          {saved}
        </p>
      )}
      <ErrorMessage error={services.error ?? retire.error} />
      {editing && reference.data && (
        <Card title={editing.isNew ? t('services.new') : `${t('common.edit')} ${editing.definition.code}`}>
          <form
            className="registry-form"
            data-testid="service-form"
            onSubmit={(e) => {
              e.preventDefault();
              (editing.isNew ? create : update).mutate({ definition: editing.definition });
            }}
          >
            <ServiceForm
              value={editing.definition}
              onChange={(definition) => setEditing({ ...editing, definition })}
              reference={reference.data}
              fieldError={fieldError}
              codeLocked={!editing.isNew}
            />
            <AdminFormActions failed={!!save.error} pending={save.isPending} onCancel={() => setEditing(null)} />
          </form>
        </Card>
      )}
      {history && <ServiceVersions code={history} />}
      {services.data && (
        <Table
          testId="catalogue"
          rows={services.data}
          rowKey={(s) => s.code}
          columns={[
            { key: 'code', header: t('common.code'), cell: (s) => <span dir="ltr">{s.code}</span> },
            { key: 'name', header: t('services.title'), cell: (s) => pick(s.definition.name) },
            { key: 'owner', header: t('services.owner'), cell: (s) => entityName(s.definition.ownerEntityCode) },
            { key: 'version', header: t('services.version'), cell: (s) => String(s.version), numeric: true },
            {
              key: 'status',
              header: t('common.status'),
              cell: (s) => (
                <StatusPill tone={s.retired ? 'neutral' : 'success'}>{s.retired ? t('common.retired') : t('common.active')}</StatusPill>
              ),
            },
            {
              key: 'actions',
              header: '',
              cell: (s) => (
                <span className="admin-actions">
                  {!s.retired && (
                    <Button variant="ghost" onClick={() => open(false, s.definition)}>
                      {t('common.edit')}
                    </Button>
                  )}
                  <Button variant="ghost" onClick={() => setHistory(s.code)}>
                    {t('services.versions')}
                  </Button>
                  {s.retired ? (
                    <Button variant="secondary" onClick={() => retire.mutate({ code: s.code, retired: false })}>
                      {t('common.restore')}
                    </Button>
                  ) : (
                    <ConfirmInline
                      label={t('common.retire')}
                      question={t('common.confirmRetire', { name: pick(s.definition.name) })}
                      onConfirm={() => retire.mutate({ code: s.code, retired: true })}
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

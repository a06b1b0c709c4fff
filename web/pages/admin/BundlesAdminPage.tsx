import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC, useTRPCClient } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useBilingual } from '../../i18n/bilingual.ts';
import { IssueList } from './IssueList.tsx';
import './admin.css';

/** Saves text as a file the browser downloads. */
function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
}

/**
 * Administrator and programme manager: life-event bundles as whole documents (the seeds'
 * shape) — export, edit, import. The figures on the bundle pages are computed from what is saved.
 */
export function BundlesAdminPage() {
  const { t } = useTranslation('registry');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queries = useQueryClient();
  const pick = useBilingual();
  const bundles = useQuery(trpc.bundles.list.queryOptions());
  const [json, setJson] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const importer = useMutation(
    trpc.bundles.import.mutationOptions({
      onSuccess: (r) => {
        setDone(t('bundles.imported', { id: r.id }));
        void queries.invalidateQueries({ queryKey: trpc.bundles.pathKey() });
      },
    }),
  );
  const exporter = useMutation({ mutationFn: (id: string) => client.bundles.export.query({ id }) });

  return (
    <div className="stack">
      <PageHeader title={t('bundles.title')} />
      <ErrorMessage error={bundles.error ?? exporter.error} />
      {bundles.data && (
        <Table
          testId="admin-bundles"
          rows={bundles.data}
          rowKey={(b) => b.id}
          columns={[
            { key: 'id', header: t('common.code'), cell: (b) => <span dir="ltr">{b.id}</span> },
            { key: 'name', header: t('bundles.title'), cell: (b) => pick(b.name) },
            {
              key: 'actions',
              header: '',
              cell: (b) => (
                <span className="admin-actions">
                  <Button variant="ghost" onClick={() => exporter.mutate(b.id, { onSuccess: (r) => download(r.fileName, r.json) })}>
                    {t('bundles.export')}
                  </Button>
                  <Button
                    variant="ghost"
                    onClick={() =>
                      exporter.mutate(b.id, {
                        onSuccess: (r) => {
                          importer.reset();
                          setDone(null);
                          setJson(r.json);
                        },
                      })
                    }
                  >
                    {t('bundles.edit')}
                  </Button>
                </span>
              ),
            },
          ]}
        />
      )}
      <Card title={t('bundles.import')} subtitle={t('bundles.importHint')}>
        <label className="field">
          <span className="field__label">{t('bundles.file')}</span>
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void file.text().then(setJson);
            }}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('bundles.document')}</span>
          <textarea className="admin-textarea" dir="ltr" rows={16} value={json} onChange={(e) => setJson(e.target.value)} />
        </label>
        {/* Each refusal names its JSON path (services.2.providedBy) beside its translated reason. */}
        <IssueList error={importer.error} />
        {done && <p role="status">{done}</p>}
        <Button onClick={() => importer.mutate({ json })} disabled={!json.trim() || importer.isPending}>
          {t('bundles.import')}
        </Button>
      </Card>
    </div>
  );
}

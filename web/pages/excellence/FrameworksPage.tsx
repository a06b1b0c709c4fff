import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useLocalName } from '../../app/display-name.ts';
import './excellence.css';

/** Programme manager: framework versions, JSON import. */
export function FrameworksPage() {
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const client = useQueryClient();
  const localName = useLocalName();
  const list = useQuery(trpc.excellence.frameworks.list.queryOptions());
  const [json, setJson] = useState('');
  const importer = useMutation(trpc.excellence.frameworks.import.mutationOptions({ onSuccess: () => client.invalidateQueries() }));
  return (
    <div className="stack">
      <PageHeader title={t('frameworks.title')} subtitle={t('frameworks.subtitle')} />
      <ErrorMessage error={list.error} />
      {list.data && (
        <Table
          testId="frameworks"
          rows={list.data}
          rowKey={(f) => `${f.code}@${f.version}`}
          columns={[
            {
              key: 'name',
              header: t('frameworks.code'),
              cell: (f) => <Link to={`/excellence/frameworks/${f.code}/${f.version}`}>{localName(f)}</Link>,
            },
            { key: 'version', header: t('frameworks.version'), cell: (f) => String(f.version), numeric: true },
            {
              key: 'frozen',
              header: t('frameworks.frozen'),
              cell: (f) => (
                <StatusPill tone={f.frozen ? 'info' : 'success'}>{f.frozen ? t('frameworks.frozen') : t('frameworks.editable')}</StatusPill>
              ),
            },
          ]}
        />
      )}
      <Card title={t('frameworks.import')}>
        <textarea
          className="exc-textarea"
          dir="ltr"
          rows={8}
          value={json}
          onChange={(e) => setJson(e.target.value)}
          aria-label={t('frameworks.importHint')}
          placeholder={t('frameworks.importHint')}
        />
        <ErrorMessage error={importer.error} />
        {importer.data && <p role="status">{t('frameworks.savedAs', { version: importer.data.version })}</p>}
        <Button onClick={() => importer.mutate({ json })} disabled={!json.trim()}>
          {t('frameworks.import')}
        </Button>
      </Card>
    </div>
  );
}

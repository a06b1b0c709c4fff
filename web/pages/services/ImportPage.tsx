import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { Field, Input, Select } from '../../design/components/Field.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { useFormat } from '../../i18n/format.ts';
import { cxImportKinds, type CxImportKind } from '../../../workflows/journeys/cx-import-rows.ts';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { BadRowsTable } from './BadRowsTable.tsx';
import { ImportHistory } from './ImportHistory.tsx';
import '../journeys/journeys.css';

/** CSV import with a live progress bar and the exact list of bad rows. */
export function ImportPage() {
  const { t } = useTranslation('journeys');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const format = useFormat();
  const [kind, setKind] = useState<CxImportKind>('complaints');
  const [mode, setMode] = useState<'refuse' | 'skip'>('refuse');
  const [file, setFile] = useState<File | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const columns = useQuery(trpc.cx.columns.queryOptions({ kind }));
  const run = useMutation(
    trpc.cx.importCsv.mutationOptions({
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.cx.imports.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.cx.jobs.queryKey() }),
        ]),
    }),
  );
  const progress = useQuery({
    ...trpc.cx.progress.queryOptions({ importId: importId ?? '00000000-0000-4000-8000-000000000000' }),
    enabled: importId !== null,
    refetchInterval: run.isPending ? 400 : false,
    retry: false,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    const csv = await file.text();
    const id = crypto.randomUUID();
    setImportId(id);
    run.mutate({ kind, mode, csv, fileName: file.name, importId: id });
  };

  const p = progress.data;
  const expected = Math.max(p?.rowsExpected ?? 0, p?.rowsRead ?? 0, 1);
  const done = run.data !== undefined;
  const value = done ? expected : (p?.rowsRead ?? 0);
  const result = run.data;

  return (
    <div className="stack">
      <PageHeader title={t('imports.title')} subtitle={t('imports.subtitle')} />
      <Card>
        <form className="import-form" onSubmit={submit}>
          <Field label={t('imports.kind')} hint={columns.data ? t('imports.columns', { columns: columns.data.join(', ') }) : undefined}>
            {(id) => (
              <Select id={id} value={kind} onChange={(e) => setKind(e.target.value as CxImportKind)}>
                {cxImportKinds.map((k) => (
                  <option key={k} value={k}>
                    {t(`imports.kinds.${k}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t('imports.mode')}>
            {(id) => (
              <Select id={id} value={mode} onChange={(e) => setMode(e.target.value as 'refuse' | 'skip')}>
                <option value="refuse">{t('imports.modes.refuse')}</option>
                <option value="skip">{t('imports.modes.skip')}</option>
              </Select>
            )}
          </Field>
          <Field label={t('imports.file')}>
            {(id) => <Input id={id} type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
          </Field>
          <Button type="submit" disabled={!file || run.isPending}>
            {t('imports.start')}
          </Button>
        </form>
        {importId && (
          <div className="import-progress">
            <label htmlFor="import-progress">{t('imports.progress')}</label>
            <progress id="import-progress" max={expected} value={value} data-testid="import-progress" />
            <span aria-live="polite">
              {t('imports.rowsRead', {
                read: format.number(done ? (result?.totalRows ?? 0) : (p?.rowsRead ?? 0)),
                expected: format.number(expected),
              })}
            </span>
          </div>
        )}
        <ErrorMessage error={run.error} />
        {result && (
          <div className="stack" data-testid="import-result">
            <p role="status" className={result.status === 'refused' ? 'import-result import-result--refused' : 'import-result'}>
              {result.status === 'refused'
                ? t('imports.refused', { count: result.badRowCount })
                : t('imports.imported', { imported: format.number(result.importedRows), skipped: format.number(result.skippedRows) })}
            </p>
            {result.badRows.length > 0 && <BadRowsTable badRows={result.badRows} badRowCount={result.badRowCount} testId="bad-rows" />}
          </div>
        )}
      </Card>
      <ImportHistory />
    </div>
  );
}

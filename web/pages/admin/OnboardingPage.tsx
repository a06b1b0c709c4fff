import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { Field, Input, Select } from '../../design/components/Field.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { Table } from '../../design/components/Table.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useLocale } from '../../i18n/bilingual.ts';
import { downloadBase64, fileToBase64 } from '../excellence/download.ts';
import { columnNotes } from '../../../workflows/onboarding/column-notes.ts';
import { onboardingLists, type OnboardingList } from '../../../workflows/onboarding/list-definition.ts';
import type { RowProblem } from '../../../workflows/onboarding/row-problem.ts';
import './onboarding.css';

interface Report {
  status: 'checked' | 'refused' | 'imported';
  totalRows: number;
  badRows: number;
  problems: RowProblem[];
  counts: { created: number; updated: number; unchanged: number };
}

/** The outcome in one sentence: what was (or would be) written, or why nothing was. */
function summaryKey(r: Report): string {
  if (r.status === 'checked') return 'result.checked';
  if (r.status === 'refused') return 'result.refused';
  if (r.counts.created === 0 && r.counts.updated === 0 && r.badRows === 0) return 'result.nothingChanged';
  return r.badRows > 0 ? 'result.importedSkipped' : 'result.imported';
}

/** Bulk onboarding: pick a list, download its template, upload a CSV or workbook, read the report, import. */
export function OnboardingPage() {
  const { t } = useTranslation('onboarding');
  const { t: te } = useTranslation('errors');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const format = useFormat();
  const [list, setList] = useState<OnboardingList>('entities');
  const [file, setFile] = useState<File | null>(null);
  const [skip, setSkip] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const lists = useQuery(trpc.onboarding.lists.queryOptions());
  const current = lists.data?.find((l) => l.name === list);
  const template = useMutation({
    mutationFn: (fmt: 'csv' | 'xlsx') => queryClient.fetchQuery(trpc.onboarding.template.queryOptions({ list, format: fmt })),
    onSuccess: (f) => downloadBase64(f.fileName, f.base64, f.mimeType),
  });
  const check = useMutation(trpc.onboarding.check.mutationOptions({ onSuccess: setReport }));
  const run = useMutation(
    trpc.onboarding.import.mutationOptions({
      onSuccess: (r) => {
        setReport(r);
        void queryClient.invalidateQueries({ queryKey: trpc.entities.list.queryKey() });
      },
    }),
  );
  const busy = check.isPending || run.isPending;
  const locale = useLocale();

  const choose = (next: OnboardingList) => {
    setList(next);
    setReport(null);
    check.reset();
    run.reset();
  };
  const submit = async (event: FormEvent, action: 'check' | 'import') => {
    event.preventDefault();
    if (!file) return;
    setReport(null);
    const data = await fileToBase64(file);
    if (action === 'check') check.mutate({ list, file: data });
    else run.mutate({ list, file: data, mode: skip ? 'skip' : 'refuse' });
  };

  return (
    <div className="stack">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Card>
        <form className="stack" onSubmit={(e) => void submit(e, 'import')}>
          <Field label={t('list')}>
            {(id) => (
              <Select id={id} value={list} onChange={(e) => choose(e.target.value as OnboardingList)} data-testid="onboarding-list">
                {onboardingLists.map((l) => (
                  <option key={l} value={l}>
                    {t(`lists.${l}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          {current && !current.available ? (
            <p role="status">{t('unavailable')}</p>
          ) : (
            <>
              <div className="stack">
                <p>{t('templateNote')}</p>
                <div className="onboarding-actions">
                  <Button type="button" variant="secondary" onClick={() => template.mutate('csv')}>
                    {t('templateCsv')}
                  </Button>
                  <Button type="button" variant="secondary" onClick={() => template.mutate('xlsx')}>
                    {t('templateXlsx')}
                  </Button>
                </div>
                <ErrorMessage error={template.error} />
              </div>
              {current && (
                <Table
                  caption={t('columns')}
                  testId="onboarding-columns"
                  rows={current.columns}
                  rowKey={(c) => c.key}
                  columns={[
                    { key: 'key', header: t('column'), cell: (c) => <code dir="ltr">{c.key}</code> },
                    { key: 'required', header: t('required'), cell: (c) => (c.required ? t('yes') : t('no')) },
                    { key: 'allowed', header: t('allowed'), cell: (c) => (c.allowed ? <span dir="ltr">{c.allowed.join(', ')}</span> : '') },
                    { key: 'notes', header: t('notes'), cell: (c) => columnNotes[list][c.key]?.[locale] ?? '' },
                  ]}
                />
              )}
              <Field label={t('file')}>
                {(id) => (
                  <Input
                    id={id}
                    type="file"
                    data-testid="onboarding-file"
                    accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    onChange={(e) => {
                      setFile(e.target.files?.[0] ?? null);
                      setReport(null);
                    }}
                  />
                )}
              </Field>
              <label className="onboarding-actions">
                <input type="checkbox" checked={skip} onChange={(e) => setSkip(e.target.checked)} data-testid="onboarding-skip" />
                {t('skipBadRows')}
              </label>
              <div className="onboarding-actions">
                <Button type="button" variant="secondary" disabled={!file || busy} onClick={(e) => void submit(e, 'check')}>
                  {t('check')}
                </Button>
                <Button type="submit" disabled={!file || busy} data-testid="onboarding-import">
                  {busy ? t('working') : t('import')}
                </Button>
              </div>
            </>
          )}
        </form>
        <ErrorMessage error={check.error ?? run.error} />
        {report && (
          <div className="stack" data-testid="onboarding-report">
            <p role="status" data-status={report.status}>
              {t(summaryKey(report), {
                total: format.number(report.totalRows),
                bad: format.number(report.badRows),
                created: format.number(report.counts.created),
                updated: format.number(report.counts.updated),
                unchanged: format.number(report.counts.unchanged),
              })}
            </p>
            {report.problems.length > 0 && (
              <Table
                caption={t('problems')}
                testId="onboarding-problems"
                rows={report.problems}
                rowKey={(p) => `${p.row}:${p.column}`}
                columns={[
                  { key: 'row', header: t('row'), numeric: true, cell: (p) => format.number(p.row) },
                  { key: 'column', header: t('column'), cell: (p) => <code dir="ltr">{p.column}</code> },
                  {
                    key: 'problem',
                    header: t('problem'),
                    cell: (p) => te(p.messageKey.replace(/^errors\./, ''), { ...p.params }),
                  },
                ]}
              />
            )}
          </div>
        )}
      </Card>
    </div>
  );
}

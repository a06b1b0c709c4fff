import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useFormat } from '../../i18n/format.ts';
import { BadRowsTable } from './BadRowsTable.tsx';

/** Every import attempt (refused ones too), from the server's job table, with its bad-row report on demand. */
export function ImportHistory() {
  const { t } = useTranslation('journeys');
  const trpc = useTRPC();
  const format = useFormat();
  const jobs = useQuery({
    ...trpc.cx.jobs.queryOptions(),
    refetchInterval: (q) => (q.state.data?.some((j) => j.status === 'running') ? 1000 : false),
  });
  const [open, setOpen] = useState<string | null>(null);
  const report = useQuery({
    ...trpc.cx.progress.queryOptions({ importId: open ?? '00000000-0000-4000-8000-000000000000' }),
    enabled: open !== null,
  });
  if (!jobs.data || jobs.data.length === 0) return null;
  const tone = { running: 'info', imported: 'success', refused: 'danger', failed: 'danger' } as const;
  return (
    <Card title={t('imports.history')}>
      <Table
        testId="import-history"
        rows={jobs.data}
        rowKey={(h) => h.id}
        columns={[
          { key: 'kind', header: t('imports.kind'), cell: (h) => t(`imports.kinds.${h.kind}`) },
          {
            key: 'file',
            header: t('imports.file'),
            cell: (h) => <span dir="auto">{h.fileName ?? t(`imports.sources.${h.source}`, { defaultValue: h.source })}</span>,
          },
          {
            key: 'status',
            header: t('imports.status'),
            cell: (h) => <StatusPill tone={tone[h.status]}>{t(`imports.statuses.${h.status}`)}</StatusPill>,
          },
          { key: 'read', header: t('imports.read'), numeric: true, cell: (h) => format.number(h.rowsRead) },
          {
            key: 'checked',
            header: t('imports.validBad'),
            numeric: true,
            cell: (h) => `${format.number(h.rowsValid)} / ${format.number(h.rowsBad)}`,
          },
          { key: 'rows', header: t('imports.rows'), numeric: true, cell: (h) => format.number(h.rowsImported) },
          {
            key: 'at',
            header: t('imports.startedAt'),
            cell: (h) => (
              <time dateTime={new Date(h.startedAt).toISOString()} title={format.dateTime(h.startedAt)}>
                {format.date(h.startedAt)}
              </time>
            ),
          },
          {
            key: 'report',
            header: t('imports.report'),
            cell: (h) =>
              h.rowsBad > 0 ? (
                <Button variant="secondary" aria-expanded={open === h.id} onClick={() => setOpen(open === h.id ? null : h.id)}>
                  {open === h.id ? t('imports.hideReport') : t('imports.showReport')}
                </Button>
              ) : (
                '—'
              ),
          },
        ]}
      />
      {open && report.data && (
        <section className="stack" aria-label={t('imports.badRows')}>
          <h3>{t('imports.reportOf', { file: report.data.fileName ?? t(`imports.kinds.${report.data.kind}`) })}</h3>
          <BadRowsTable badRows={report.data.badRows} badRowCount={report.data.rowsBad} testId="history-bad-rows" />
        </section>
      )}
    </Card>
  );
}

import { useTranslation } from 'react-i18next';
import { Table } from '../../design/components/Table.tsx';
import { useFormat } from '../../i18n/format.ts';
import type { BadCell } from '../../../workflows/journeys/cx-import-rows.ts';

/** The bad cells of an import, row by row, with the reason in the reader's language. */
export function BadRowsTable({ badRows, badRowCount, testId }: { badRows: BadCell[]; badRowCount: number; testId?: string }) {
  const { t } = useTranslation('journeys');
  const format = useFormat();
  if (badRows.length === 0) return <p>{t('imports.noBadRows')}</p>;
  return (
    <>
      {badRows.length < badRowCount && <p>{t('imports.truncated', { shown: badRows.length, count: badRowCount })}</p>}
      <Table
        testId={testId}
        caption={t('imports.badRows')}
        rows={badRows}
        rowKey={(b) => `${b.row}:${b.column}`}
        columns={[
          { key: 'row', header: t('imports.row'), numeric: true, cell: (b) => format.number(b.row) },
          { key: 'column', header: t('imports.column'), cell: (b) => <code dir="ltr">{b.column}</code> },
          { key: 'problem', header: t('imports.problem'), cell: (b) => t(b.messageKey) },
        ]}
      />
    </>
  );
}

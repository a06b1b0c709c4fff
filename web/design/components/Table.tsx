import type { ReactNode } from 'react';

export interface Column<Row> {
  key: string;
  header: ReactNode;
  cell(row: Row): ReactNode;
  /** Numbers and times: tabular figures, no wrapping. */
  numeric?: boolean;
}

export interface TableProps<Row> {
  columns: Column<Row>[];
  rows: Row[];
  rowKey(row: Row): string;
  caption?: string;
  testId?: string;
}

export function Table<Row>({ columns, rows, rowKey, caption, testId }: TableProps<Row>) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table scrolls inside its wrapper; keyboard users scroll it by focusing it (WCAG 2.1.1)
    <section className="table-wrap" tabIndex={0} aria-label={caption}>
      {/* On a phone each row becomes a small card, its cells labelled (components.css). */}
      <table className="table" data-testid={testId}>
        {caption && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td key={c.key} className={c.numeric ? 'num' : undefined} data-label={typeof c.header === 'string' ? c.header : undefined}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

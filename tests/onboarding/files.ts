import { stringify } from 'csv-stringify/sync';
import writeXlsxFile from 'write-excel-file/node';

/** A list file's content as the API takes it: base64 of the bytes. */
export const base64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');

/** A CSV as a ministry's spreadsheet would save it (UTF-8, CRLF). */
export function csvFile(header: string[], rows: string[][]): string {
  return base64(stringify([header, ...rows], { record_delimiter: 'windows' }));
}

/** The same rows as a one-sheet .xlsx workbook, every cell text. */
export async function xlsxFile(header: string[], rows: string[][]): Promise<string> {
  const data = [header, ...rows].map((r) => r.map((v) => (v === '' ? null : { value: v })));
  return base64(await writeXlsxFile(data, { sheet: 'list' }).toBuffer());
}

export const entityHeader = ['code', 'name_ar', 'name_en', 'type', 'sector', 'delivers_services'];

/** `n` new entities E01..En, none of them in the seeds. */
export function entityRows(n: number): string[][] {
  return Array.from({ length: n }, (_, i) => {
    const k = String(i + 1).padStart(2, '0');
    return [`E${k}`, `جهة رقم ${k}`, `Entity ${k}`, i % 2 ? 'authority' : 'ministry', 'government', i % 5 ? 'yes' : 'no'];
  });
}

export const peopleHeader = ['username', 'email', 'name_ar', 'name_en', 'roles', 'locale'];

/**
 * `n` people spread over entities E01..E34: a coordinator for each entity first, then
 * assessors (home entity), facilitators, participants and some with two roles.
 */
export function peopleRows(n: number, prefix: string, entities = 34): string[][] {
  return Array.from({ length: n }, (_, i) => {
    const k = String(i + 1).padStart(3, '0');
    const entity = `E${String((i % entities) + 1).padStart(2, '0')}`;
    const roles =
      i < entities
        ? `entity_coordinator:${entity}`
        : i % 5 === 0
          ? `entity_coordinator:${entity}; assessor`
          : i % 5 === 1
            ? `assessor:${entity}`
            : i % 5 === 2
              ? 'facilitator'
              : `participant:${entity}`;
    return [`${prefix}${k}`, `${prefix}${k}@${entity.toLowerCase()}.example`, `موظف ${k}`, `Officer ${k}`, roles, i % 3 ? 'ar' : 'en'];
  });
}

import { describe, expect, it } from 'vitest';
import { servicesList } from '../../workflows/onboarding/services-list.ts';
import { headerProblem, validateSheet } from '../../workflows/onboarding/validate-sheet.ts';
import type { ReferenceData } from '../../workflows/onboarding/list-definition.ts';

const header = servicesList.columns.map((c) => c.key);
const data: ReferenceData = {
  entityCodes: new Set(['MOI', 'MOH']),
  emailOwners: new Map(),
  documentIds: new Set(['doc.national_id', 'doc.personal_photo']),
};
const row = (over: Partial<Record<string, string>>) =>
  header.map(
    (k) =>
      ({
        code: 'MOI-ID-RENEW',
        owner_entity_code: 'moi',
        name_ar: 'تجديد الهوية',
        name_en: 'ID renewal',
        channels: 'Counter; web; web',
        documents: 'doc.national_id;doc.personal_photo',
        fee_amount: '100',
        fee_currency: '',
        annual_volume: '120000',
        average_wait_minutes: '12',
        average_service_minutes: '8',
        satisfaction: '4.2',
        average_completion_days: '1',
        ...over,
      })[k] ?? '',
  );

describe('the services list', () => {
  it('reads a catalogue card with lists, numbers and defaults', () => {
    expect(headerProblem(servicesList, header)).toBeNull();
    const result = validateSheet(servicesList, { header, rows: [{ row: 2, cells: row({}) }] }, data);
    expect(result.problems).toEqual([]);
    expect(result.valid[0]!.record).toEqual({
      code: 'MOI-ID-RENEW',
      owner_entity_code: 'MOI',
      name_ar: 'تجديد الهوية',
      name_en: 'ID renewal',
      channels: ['counter', 'web'],
      documents: ['doc.national_id', 'doc.personal_photo'],
      fee_amount: 100,
      fee_currency: 'QAR',
      annual_volume: 120000,
      average_wait_minutes: 12,
      average_service_minutes: 8,
      satisfaction: 4.2,
      average_completion_days: 1,
    });
  });

  it('names each bad cell with its reason', () => {
    const rows = [
      { row: 2, cells: row({ code: 'moi_id', channels: 'counter; fax', satisfaction: '7' }) },
      { row: 3, cells: row({ code: 'MOH-X', owner_entity_code: 'MOX', documents: 'DOC-NONE', fee_amount: 'free', annual_volume: '1.5' }) },
    ];
    const result = validateSheet(servicesList, { header, rows }, data);
    expect(result.problems.map((p) => [p.row, p.column, p.messageKey, p.params.value])).toEqual([
      [2, 'code', 'errors.onboarding.code_format', 'moi_id'],
      [2, 'channels', 'errors.onboarding.not_one_of', 'fax'],
      [2, 'satisfaction', 'errors.onboarding.not_a_number', '7'],
      [3, 'fee_amount', 'errors.onboarding.not_a_number', 'free'],
      [3, 'annual_volume', 'errors.onboarding.not_a_number', '1.5'],
    ]);
    // Reference checks run on rows that parse: fix the numbers and the unknown owner and document show.
    const second = validateSheet(
      servicesList,
      { header, rows: [{ row: 3, cells: row({ owner_entity_code: 'MOX', documents: 'DOC-NONE' }) }] },
      data,
    );
    expect(second.problems.map((p) => [p.column, p.messageKey, p.params.value])).toEqual([
      ['owner_entity_code', 'errors.onboarding.unknown_entity', 'MOX'],
      ['documents', 'errors.onboarding.unknown_document', 'DOC-NONE'],
    ]);
  });
});

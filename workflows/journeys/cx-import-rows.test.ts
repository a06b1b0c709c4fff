import { describe, it, expect } from 'vitest';
import { isCalendarDate, validateHeader, validateRows } from './cx-import-rows.ts';

describe('validateRows', () => {
  it('keeps good survey rows and lists each bad cell with its file line', () => {
    const rows = [
      { service_code: 'MOI-RP-01', centre_code: 'DOH-01', channel: 'Counter', satisfaction: '4', date: '2026-03-01' },
      { service_code: 'MOI-RP-01', centre_code: 'DOH-01', channel: 'fax', satisfaction: '6', date: '2026-02-30' },
      { service_code: '', centre_code: 'DOH-01', channel: 'web', satisfaction: '3.5', date: '2026-03-02' },
      { service_code: 'MOH-BR-01', centre_code: 'WAK-02', channel: 'app', satisfaction: ' 5 ', date: '2026-03-03' },
    ];
    const result = validateRows('survey_answers', rows);
    expect(result.good).toEqual([
      { row: 2, value: { service_code: 'MOI-RP-01', centre_code: 'DOH-01', channel: 'counter', satisfaction: 4, date: '2026-03-01' } },
      { row: 5, value: { service_code: 'MOH-BR-01', centre_code: 'WAK-02', channel: 'app', satisfaction: 5, date: '2026-03-03' } },
    ]);
    expect(result.bad).toEqual([
      { row: 3, column: 'channel', messageKey: 'cx_import.invalid_channel' },
      { row: 3, column: 'satisfaction', messageKey: 'cx_import.out_of_range' },
      { row: 3, column: 'date', messageKey: 'cx_import.invalid_date' },
      { row: 4, column: 'service_code', messageKey: 'cx_import.required' },
      { row: 4, column: 'satisfaction', messageKey: 'cx_import.not_an_integer' },
    ]);
  });

  it('reports missing columns as required and parses operations numbers', () => {
    const result = validateRows('centre_operations', [
      { centre_code: 'DOH-01', date: '2026-03-01', transactions_served: '412', average_wait_minutes: '12.5', average_service_minutes: '7' },
      { centre_code: 'DOH-01', date: '2026-03-02', transactions_served: '-3', average_wait_minutes: 'abc' },
    ]);
    expect(result.good[0]!.value).toEqual({
      centre_code: 'DOH-01',
      date: '2026-03-01',
      transactions_served: 412,
      average_wait_minutes: 12.5,
      average_service_minutes: 7,
    });
    expect(result.bad).toEqual([
      { row: 3, column: 'transactions_served', messageKey: 'cx_import.out_of_range' },
      { row: 3, column: 'average_wait_minutes', messageKey: 'cx_import.not_a_number' },
      { row: 3, column: 'average_service_minutes', messageKey: 'cx_import.required' },
    ]);
  });

  it('validates complaints', () => {
    const result = validateRows('complaints', [
      { service_code: 'MOCI-BL-01', channel: 'social_media', date: '2026-01-15', category: 'waiting', text: 'انتظرت ساعتين' },
      { service_code: 'MOCI-BL-01', channel: 'phone', date: '15/01/2026', category: 'waiting', text: '  ' },
    ]);
    expect(result.good).toHaveLength(1);
    expect(result.bad).toEqual([
      { row: 3, column: 'date', messageKey: 'cx_import.invalid_date' },
      { row: 3, column: 'text', messageKey: 'cx_import.required' },
    ]);
  });
});

describe('validateHeader', () => {
  it('lists missing and unknown columns', () => {
    expect(validateHeader('complaints', ['service_code', 'channel', 'date', 'category', 'body'])).toEqual({
      missing: ['text'],
      unknown: ['body'],
    });
  });
});

describe('isCalendarDate', () => {
  it('accepts leap days only in leap years', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
  });
});

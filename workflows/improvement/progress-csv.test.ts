import { describe, it, expect } from 'vitest';
import { validateProgressCsv, type KnownAction } from './progress-csv.ts';

const actions: KnownAction[] = [
  { id: 'act-1', code: 'MOI-A-01', entityId: 'moi', status: 'in_progress' },
  { id: 'act-2', code: 'MOI-A-02', entityId: 'moi', status: 'approved' },
  { id: 'act-3', code: 'MOI-A-03', entityId: 'moi', status: 'verified' },
  { id: 'act-4', code: 'MOI-A-04', entityId: 'moi', status: 'draft' },
  { id: 'act-9', code: 'MOH-A-01', entityId: 'moh', status: 'in_progress' },
];
const run = (records: Record<string, string>[]) => validateProgressCsv(records, actions, 'moi');

describe('validateProgressCsv', () => {
  it('turns good rows into the events the form would send, by code or id', () => {
    const r = run([
      { action: 'MOI-A-01', progress: '45%', status: '', comment: ' on track ' },
      { action: 'act-2', progress: '10', status: 'in_progress', comment: '' },
    ]);
    expect(r.ok).toBe(true);
    expect(r.bad).toEqual([]);
    expect(r.good).toEqual([
      { row: 2, actionId: 'act-1', events: [{ type: 'UPDATE_PROGRESS', progress: 45, comment: 'on track' }] },
      { row: 3, actionId: 'act-2', events: [{ type: 'START' }, { type: 'UPDATE_PROGRESS', progress: 10 }] },
    ]);
  });

  it('marks done with an empty or 100 progress, starting an approved action first', () => {
    const r = run([
      { action: 'MOI-A-01', progress: '100', status: 'done', comment: 'handed over' },
      { action: 'MOI-A-02', progress: '', status: 'done', comment: '' },
    ]);
    expect(r.good.map((g) => g.events)).toEqual([
      [{ type: 'COMPLETE', comment: 'handed over' }],
      [{ type: 'START' }, { type: 'COMPLETE' }],
    ]);
  });

  it('lists every bad row with its spreadsheet row number, column and message key, and is not ok', () => {
    const r = run([
      { action: 'MOI-A-01', progress: '50', status: '', comment: '' }, // row 2: good
      { action: '', progress: '50', status: '', comment: '' }, // row 3
      { action: 'MOI-A-01', progress: '60', status: '', comment: '' }, // row 4: same action again
      { action: 'MOI-A-02', progress: '120', status: 'finished', comment: '' }, // row 5: two problems
      { action: 'MOI-A-02', progress: '12.5', status: '', comment: '' }, // row 6
      { action: 'MOI-A-03', progress: '80', status: '', comment: '' }, // row 7: verified
      { action: 'MOI-A-04', progress: '', status: 'in_progress', comment: '' }, // row 8: draft
      { action: 'MOH-A-01', progress: '10', status: '', comment: '' }, // row 9: other entity
      { action: 'act-2', progress: '30', status: '', comment: '' }, // row 10: approved, not started
      { action: 'act-1', progress: '', status: '', comment: 'only a note' }, // row 11 (act-1 again: duplicate first)
    ]);
    expect(r.ok).toBe(false);
    expect(r.good.map((g) => g.row)).toEqual([2]);
    expect(r.bad).toEqual([
      { row: 3, column: 'action', messageKey: 'improvement.csv.actionRequired' },
      { row: 4, column: 'action', messageKey: 'improvement.csv.duplicateAction' },
      { row: 5, column: 'progress', messageKey: 'improvement.progress.range' },
      { row: 5, column: 'status', messageKey: 'improvement.csv.statusUnknown' },
      { row: 6, column: 'progress', messageKey: 'improvement.progress.whole' },
      { row: 7, column: 'progress', messageKey: 'improvement.csv.actionNotOpen' },
      { row: 8, column: 'status', messageKey: 'improvement.csv.actionNotOpen' },
      { row: 9, column: 'action', messageKey: 'improvement.csv.unknownAction' },
      { row: 10, column: 'progress', messageKey: 'improvement.csv.startFirst' },
      { row: 11, column: 'action', messageKey: 'improvement.csv.duplicateAction' },
    ]);
  });

  it('refuses a row with nothing to update and a done row with less than 100', () => {
    const r = run([
      { action: 'MOI-A-01', progress: '', status: '', comment: 'note' },
      { action: 'MOI-A-02', progress: '90', status: 'done', comment: '' },
    ]);
    expect(r.bad).toEqual([
      { row: 2, column: 'progress', messageKey: 'improvement.csv.nothingToUpdate' },
      { row: 3, column: 'progress', messageKey: 'improvement.csv.doneMeans100' },
    ]);
  });

  it('treats missing columns as empty and refuses over-long comments', () => {
    const r = run([{ action: 'MOI-A-01' }, { action: 'MOI-A-02', status: 'in_progress', comment: 'x'.repeat(2001) }]);
    expect(r.bad).toEqual([
      { row: 2, column: 'progress', messageKey: 'improvement.csv.nothingToUpdate' },
      { row: 3, column: 'comment', messageKey: 'improvement.comment.tooLong' },
    ]);
  });
});

import { describe, it, expect } from 'vitest';
import { actionStatuses } from './action-status.ts';
import { isOverdue, msUntilOverdue } from './overdue.ts';

const asOf = new Date('2026-06-15T12:00:00Z');

describe('isOverdue', () => {
  it('is an open action whose due moment has come, the moment itself included', () => {
    expect(isOverdue({ status: 'in_progress', dueAt: '2026-06-01T00:00:00Z' }, asOf)).toBe(true);
    expect(isOverdue({ status: 'approved', dueAt: '2026-06-15T12:00:00Z' }, asOf)).toBe(true);
    expect(isOverdue({ status: 'approved', dueAt: '2026-06-15T12:00:00.001Z' }, asOf)).toBe(false);
  });

  it('never counts an action whose clock is not running (draft) or whose work is over', () => {
    const late = '2026-01-01T00:00:00Z';
    const overdue = actionStatuses.filter((status) => isOverdue({ status, dueAt: late }, asOf));
    expect(overdue).toEqual(['approved', 'in_progress']);
  });

  it('accepts the due date as the database returns it', () => {
    expect(isOverdue({ status: 'in_progress', dueAt: new Date('2026-06-10T00:00:00Z') }, asOf)).toBe(true);
  });
});

describe('msUntilOverdue', () => {
  it('counts down to the due moment and stays at 0 after it', () => {
    expect(msUntilOverdue('2026-06-15T12:00:10Z', asOf.getTime())).toBe(10_000);
    expect(msUntilOverdue('2026-06-15T12:00:00Z', asOf.getTime())).toBe(0);
    expect(msUntilOverdue('2026-06-01T00:00:00Z', asOf.getTime())).toBe(0);
  });
});

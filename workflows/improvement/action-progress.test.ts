import { describe, expect, it } from 'vitest';
import { actionProgressById, type ActionProgressRow } from './action-progress.ts';

const row = (id: string, progress: number, extra: Partial<ActionProgressRow> = {}): ActionProgressRow => ({
  id,
  parentActionId: null,
  weight: 1,
  status: 'in_progress',
  progress,
  ...extra,
});

describe('an action progress', () => {
  it('is its own figure without sub-actions, and the weighted mean of its sub-actions with them', () => {
    const rows = [row('a', 0), row('b', 80, { parentActionId: 'a', weight: 3 }), row('c', 40, { parentActionId: 'a' }), row('d', 25)];
    const p = actionProgressById(rows);
    expect(p.get('a')).toBe(70);
    expect(p.get('b')).toBe(80);
    expect(p.get('d')).toBe(25);
  });

  it('counts finished work as 100 and cancelled work nowhere', () => {
    const rows = [
      row('a', 0),
      row('b', 10, { parentActionId: 'a', status: 'done' }),
      row('c', 90, { parentActionId: 'a', status: 'cancelled' }),
    ];
    const p = actionProgressById(rows);
    expect(p.get('a')).toBe(100);
    expect(p.get('c')).toBeNull();
  });
});

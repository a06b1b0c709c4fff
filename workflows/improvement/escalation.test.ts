import { describe, it, expect } from 'vitest';
import { escalationNotices, escalationRecipients } from './escalation.ts';

describe('escalation', () => {
  it('notifies nobody on time, the entity coordinator at level 1, the programme manager at level 2', () => {
    expect(escalationRecipients(0, 'moi')).toEqual([]);
    expect(escalationRecipients(1, 'moi')).toEqual([{ role: 'entity_coordinator', scope: { kind: 'entity', entityId: 'moi' } }]);
    expect(escalationRecipients(2, 'moi')).toEqual([
      { role: 'programme_manager', scope: { kind: 'programme' } },
      { role: 'entity_coordinator', scope: { kind: 'entity', entityId: 'moi' } },
    ]);
  });
  it('owes one notice per level crossed, none when the level falls or stays', () => {
    expect(escalationNotices(0, 1, 'moi').map((n) => n.level)).toEqual([1]);
    expect(escalationNotices(0, 2, 'moi').map((n) => [n.level, n.messageKey])).toEqual([
      [1, 'improvement.escalation.level1'],
      [2, 'improvement.escalation.level2'],
    ]);
    expect(escalationNotices(1, 2, 'moi').map((n) => n.level)).toEqual([2]);
    expect(escalationNotices(2, 0, 'moi')).toEqual([]);
    expect(escalationNotices(1, 1, 'moi')).toEqual([]);
  });
});

import { describe, it, expect } from 'vitest';
import { gapSchema, type Gap } from './gap.ts';
import { applyGapClosure, deriveGapStatus, isGapClosable } from './gap-closure.ts';

const gap: Gap = gapSchema.parse({
  id: 'g1',
  code: 'GAP-1',
  title: 'Queue times',
  entityId: 'moi',
  criterionCode: '2.3',
  severity: 'high',
  ownerId: 'u-1',
  status: 'in_progress',
  sources: [{ kind: 'assessment_afi', containerId: 'asm-1', itemId: 'afi-1' }],
  mergedIntoId: null,
  raisedAt: '2026-03-01T08:00:00Z',
  closedAt: null,
});

describe('gap closure', () => {
  it('closes only when every non-cancelled action is verified', () => {
    expect(isGapClosable(['verified', 'verified'])).toBe(true);
    expect(isGapClosable(['verified', 'cancelled'])).toBe(true);
    expect(isGapClosable(['verified', 'done'])).toBe(false);
    expect(isGapClosable(['verified', 'in_progress'])).toBe(false);
  });
  it('never closes a gap with no action that counts', () => {
    expect(isGapClosable([])).toBe(false);
    expect(isGapClosable(['cancelled'])).toBe(false);
  });
  it('derives open, in progress and closed, and leaves merged gaps alone', () => {
    expect(deriveGapStatus('open', ['draft'])).toBe('open');
    expect(deriveGapStatus('open', ['draft', 'approved'])).toBe('in_progress');
    expect(deriveGapStatus('in_progress', ['cancelled'])).toBe('open');
    expect(deriveGapStatus('in_progress', ['verified'])).toBe('closed');
    expect(deriveGapStatus('merged', ['verified'])).toBe('merged');
  });
  it('stamps closedAt when closing and clears it when work reopens', () => {
    const closed = applyGapClosure(gap, ['verified', 'cancelled'], '2026-07-01T10:00:00Z');
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).toBe('2026-07-01T10:00:00Z');
    // Unchanged status returns the same object, so callers can skip the write.
    expect(applyGapClosure(closed, ['verified'], '2026-07-02T00:00:00Z')).toBe(closed);
    const reopened = applyGapClosure(closed, ['verified', 'approved'], '2026-07-03T00:00:00Z');
    expect(reopened.status).toBe('in_progress');
    expect(reopened.closedAt).toBeNull();
  });
});

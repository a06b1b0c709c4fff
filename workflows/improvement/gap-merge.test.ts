import { describe, it, expect } from 'vitest';
import { gapSchema, raiseGap, type Gap } from './gap.ts';
import { mergeGaps, resolveSurvivor } from './gap-merge.ts';

function gap(over: Partial<Gap> & Pick<Gap, 'id'>): Gap {
  return gapSchema.parse({
    code: over.id.toUpperCase(),
    title: 'Waiting time above target',
    entityId: 'moi',
    criterionCode: null,
    severity: 'medium',
    ownerId: null,
    status: 'open',
    sources: [{ kind: 'assessment_afi', containerId: 'asm-1', itemId: 'afi-1' }],
    mergedIntoId: null,
    raisedAt: '2026-03-01T08:00:00Z',
    closedAt: null,
    ...over,
  });
}

describe('gap schema', () => {
  it('requires mergedIntoId exactly when merged', () => {
    const mergedRule = expect.objectContaining({
      issues: [expect.objectContaining({ path: ['mergedIntoId'], code: 'custom', message: 'improvement.gap.mergedIntoRequiredIffMerged' })],
    });
    expect(() => gap({ id: 'g1', status: 'merged' })).toThrow(mergedRule);
    expect(() => gap({ id: 'g1', mergedIntoId: 'g2' })).toThrow(mergedRule);
    expect(gap({ id: 'g1', status: 'merged', mergedIntoId: 'g2' }).status).toBe('merged');
  });
  it('refuses a gap with no source', () => {
    expect(() => gap({ id: 'g1', sources: [] })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['sources'], code: 'too_small' })] }),
    );
  });
});

describe('mergeGaps', () => {
  const afi = gap({ id: 'g1', criterionCode: '2.3', severity: 'medium', raisedAt: '2026-03-01T08:00:00Z' });
  const finding = gap({
    id: 'g2',
    severity: 'high',
    ownerId: 'u-9',
    raisedAt: '2026-02-10T08:00:00Z',
    sources: [
      { kind: 'mystery_shopper_finding', containerId: 'visit-7', itemId: 'f-3' },
      // Same AFI linked twice must not be duplicated on the survivor.
      { kind: 'assessment_afi', containerId: 'asm-1', itemId: 'afi-1' },
    ],
  });

  it('keeps both source links on the survivor and points the merged gap at it', () => {
    const r = mergeGaps(afi, finding);
    if (!r.ok) throw new Error(r.error);
    expect(r.survivor.sources).toEqual([
      { kind: 'assessment_afi', containerId: 'asm-1', itemId: 'afi-1' },
      { kind: 'mystery_shopper_finding', containerId: 'visit-7', itemId: 'f-3' },
    ]);
    expect(r.merged.status).toBe('merged');
    expect(r.merged.mergedIntoId).toBe('g1');
    expect(r.merged.sources).toEqual(finding.sources);
  });

  it('takes the higher severity, the earlier raise date, and fills missing criterion and owner', () => {
    const r = mergeGaps(afi, finding);
    if (!r.ok) throw new Error(r.error);
    expect(r.survivor.severity).toBe('high');
    expect(r.survivor.raisedAt).toBe('2026-02-10T08:00:00Z');
    expect(r.survivor.criterionCode).toBe('2.3');
    expect(r.survivor.ownerId).toBe('u-9');
    expect(r.survivor.id).toBe('g1');
  });

  it('reopens a closed survivor that absorbs an open duplicate', () => {
    const closed = gap({ id: 'g1', status: 'closed', closedAt: '2026-04-01T00:00:00Z' });
    const r = mergeGaps(closed, finding);
    if (!r.ok) throw new Error(r.error);
    expect(r.survivor.status).toBe('open');
    expect(r.survivor.closedAt).toBeNull();
  });

  it('refuses merges that would lose meaning', () => {
    expect(mergeGaps(afi, afi)).toEqual({ ok: false, error: 'same_gap' });
    expect(mergeGaps(afi, gap({ id: 'g3', entityId: 'moh' }))).toEqual({ ok: false, error: 'entity_mismatch' });
    expect(mergeGaps(afi, gap({ id: 'g3', criterionCode: '4.1' }))).toEqual({ ok: false, error: 'criterion_mismatch' });
    expect(mergeGaps(afi, gap({ id: 'g3', status: 'merged', mergedIntoId: 'g9' }))).toEqual({ ok: false, error: 'already_merged' });
  });
});

describe('resolveSurvivor', () => {
  it('follows a chain of merges and stops on cycles', () => {
    const gaps = [
      gap({ id: 'a', status: 'merged', mergedIntoId: 'b' }),
      gap({ id: 'b', status: 'merged', mergedIntoId: 'c' }),
      gap({ id: 'c' }),
      gap({ id: 'x', status: 'merged', mergedIntoId: 'y' }),
      gap({ id: 'y', status: 'merged', mergedIntoId: 'x' }),
    ];
    expect(resolveSurvivor(gaps, 'a')?.id).toBe('c');
    expect(resolveSurvivor(gaps, 'c')?.id).toBe('c');
    expect(resolveSurvivor(gaps, 'x')).toBeNull();
    expect(resolveSurvivor(gaps, 'nope')).toBeNull();
  });
});

describe('raiseGap', () => {
  it("opens a gap with its one source link and the caller's id, code and time", () => {
    const g = raiseGap(
      {
        title: '  Customers queue twice  ',
        entityId: 'moi',
        severity: 'high',
        source: { kind: 'journey_difference', containerId: 'j-1', itemId: 'd-4' },
      },
      { id: 'g-new', code: 'GAP-2026-0042' },
      '2026-06-01T09:00:00Z',
    );
    expect(g).toEqual({
      id: 'g-new',
      code: 'GAP-2026-0042',
      title: 'Customers queue twice',
      description: '',
      entityId: 'moi',
      criterionCode: null,
      severity: 'high',
      ownerId: null,
      status: 'open',
      sources: [{ kind: 'journey_difference', containerId: 'j-1', itemId: 'd-4' }],
      mergedIntoId: null,
      raisedAt: '2026-06-01T09:00:00Z',
      closedAt: null,
    });
  });
});

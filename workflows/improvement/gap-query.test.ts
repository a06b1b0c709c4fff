import { describe, it, expect } from 'vitest';
import { gapSchema, type Gap } from './gap.ts';
import { compareBySeverityThenAge, filterGaps, groupGaps, normalizeSearchText } from './gap-query.ts';

function gap(over: Partial<Gap> & Pick<Gap, 'id'>): Gap {
  return gapSchema.parse({
    code: over.id.toUpperCase(),
    title: 'gap',
    entityId: 'moi',
    criterionCode: null,
    severity: 'medium',
    ownerId: null,
    status: 'open',
    sources: [{ kind: 'assessment_afi', containerId: 'asm-1', itemId: `afi-${over.id}` }],
    mergedIntoId: null,
    raisedAt: '2026-03-01T08:00:00Z',
    closedAt: null,
    ...over,
  });
}

const register: Gap[] = [
  gap({ id: 'g1', entityId: 'moi', criterionCode: '2.3', title: 'فَجْوَة في زمن الانتظار', severity: 'high' }),
  gap({
    id: 'g2',
    entityId: 'moh',
    criterionCode: '1.1',
    title: 'No SLA with partner entity',
    ownerId: 'u-1',
    status: 'in_progress',
    sources: [
      { kind: 'workshop_pain_point', containerId: 'ws-1', itemId: 'pp-1' },
      { kind: 'journey_difference', containerId: 'j-1', itemId: 'd-1' },
    ],
  }),
  gap({ id: 'g3', entityId: 'moi', title: 'إدارة الشكاوى', status: 'closed', closedAt: '2026-05-01T00:00:00Z' }),
  gap({ id: 'g4', entityId: 'moi', criterionCode: '2.3', status: 'merged', mergedIntoId: 'g1' }),
  gap({ id: 'g5', entityId: 'mof', sources: [{ kind: 'mystery_shopper_finding', containerId: 'v-1', itemId: 'f-1' }] }),
];
const ids = (gs: readonly Gap[]) => gs.map((g) => g.id);

describe('filterGaps', () => {
  it('hides merged gaps unless statuses asks for them', () => {
    expect(ids(filterGaps(register, {}))).toEqual(['g1', 'g2', 'g3', 'g5']);
    expect(ids(filterGaps(register, { statuses: ['merged'] }))).toEqual(['g4']);
  });
  it('ANDs fields and ORs values within a field', () => {
    expect(ids(filterGaps(register, { entityIds: ['moi', 'mof'], statuses: ['open'] }))).toEqual(['g1', 'g5']);
    expect(ids(filterGaps(register, { entityIds: ['moi'], severities: ['high'] }))).toEqual(['g1']);
  });
  it('matches a source kind on any link, not only the primary one', () => {
    expect(ids(filterGaps(register, { sourceKinds: ['journey_difference'] }))).toEqual(['g2']);
  });
  it('selects unmapped gaps with a null criterion', () => {
    expect(ids(filterGaps(register, { criterionCodes: [null] }))).toEqual(['g3', 'g5']);
    expect(ids(filterGaps(register, { criterionCodes: ['2.3', null] }))).toEqual(['g1', 'g3', 'g5']);
  });
  it('filters by owner; unowned gaps never match an owner filter', () => {
    expect(ids(filterGaps(register, { ownerIds: ['u-1'] }))).toEqual(['g2']);
  });
  it('searches text ignoring case, Arabic diacritics and alef forms', () => {
    expect(ids(filterGaps(register, { text: 'فجوة' }))).toEqual(['g1']);
    expect(ids(filterGaps(register, { text: 'ادارة' }))).toEqual(['g3']);
    expect(ids(filterGaps(register, { text: 'sla' }))).toEqual(['g2']);
    expect(ids(filterGaps(register, { text: 'g5' }))).toEqual(['g5']);
    expect(ids(filterGaps(register, { text: '   ' }))).toEqual(['g1', 'g2', 'g3', 'g5']);
  });
  it('normalizes search text', () => {
    expect(normalizeSearchText('  أَحـمد   SLA ')).toBe('احمد sla');
  });
});

describe('groupGaps', () => {
  it('groups by entity in key order with counts that add up', () => {
    const groups = groupGaps(register, 'entity');
    expect(groups.map((g) => [g.key, g.count])).toEqual([
      ['mof', 1],
      ['moh', 1],
      ['moi', 3],
    ]);
  });
  it('groups by criterion with the unmapped group last', () => {
    expect(groupGaps(register, 'criterion').map((g) => [g.key, ids(g.gaps)])).toEqual([
      ['1.1', ['g2']],
      ['2.3', ['g1', 'g4']],
      [null, ['g3', 'g5']],
    ]);
  });
  it('groups by primary source and by status', () => {
    expect(groupGaps(register, 'source').map((g) => [g.key, g.count])).toEqual([
      ['assessment_afi', 3],
      ['mystery_shopper_finding', 1],
      ['workshop_pain_point', 1],
    ]);
    expect(groupGaps(filterGaps(register, {}), 'status').map((g) => [g.key, g.count])).toEqual([
      ['closed', 1],
      ['in_progress', 1],
      ['open', 2],
    ]);
  });
});

describe('compareBySeverityThenAge', () => {
  it('puts the most severe first, then the oldest, then by id', () => {
    const gs = [
      gap({ id: 'b', severity: 'high', raisedAt: '2026-02-01T00:00:00Z' }),
      gap({ id: 'a', severity: 'high', raisedAt: '2026-02-01T00:00:00Z' }),
      gap({ id: 'c', severity: 'critical', raisedAt: '2026-05-01T00:00:00Z' }),
      gap({ id: 'd', severity: 'high', raisedAt: '2026-01-01T00:00:00Z' }),
      gap({ id: 'e', severity: 'low', raisedAt: '2025-01-01T00:00:00Z' }),
    ];
    expect(ids([...gs].sort(compareBySeverityThenAge))).toEqual(['c', 'd', 'a', 'b', 'e']);
  });
});

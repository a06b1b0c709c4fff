import { describe, it, expect } from 'vitest';
import { gapSchema, type Gap } from './gap.ts';
import { filterGaps } from './gap-query.ts';
import { canSeeEntity, scopeGapFilter, visibleEntities } from './register-visibility.ts';

const gap = (id: string, entityId: string): Gap =>
  gapSchema.parse({
    id,
    code: id,
    title: id,
    entityId,
    criterionCode: null,
    severity: 'low',
    ownerId: null,
    status: 'open',
    sources: [{ kind: 'workshop_pain_point', containerId: 'ws', itemId: id }],
    mergedIntoId: null,
    raisedAt: '2026-01-01T00:00:00Z',
    closedAt: null,
  });
const register = [gap('g1', 'moi'), gap('g2', 'moh'), gap('g3', 'moi')];
const coordinator = { roles: ['entity_coordinator'] as const, entityId: 'moi' };
const ids = (gs: Gap[]) => gs.map((g) => g.id);

describe('register visibility', () => {
  it('lets programme managers and leadership see every entity', () => {
    expect(visibleEntities({ roles: ['programme_manager'], entityId: null })).toBe('all');
    expect(visibleEntities({ roles: ['leadership'], entityId: null })).toBe('all');
  });
  it('limits an entity coordinator to their own entity, even when asking for another', () => {
    expect(ids(filterGaps(register, scopeGapFilter({}, coordinator)))).toEqual(['g1', 'g3']);
    expect(ids(filterGaps(register, scopeGapFilter({ entityIds: ['moh'] }, coordinator)))).toEqual([]);
    expect(ids(filterGaps(register, scopeGapFilter({ entityIds: ['moh', 'moi'] }, coordinator)))).toEqual(['g1', 'g3']);
    expect(canSeeEntity(coordinator, 'moh')).toBe(false);
    expect(canSeeEntity(coordinator, 'moi')).toBe(true);
  });
  it('shows nothing to roles without register access or a coordinator with no entity', () => {
    expect(ids(filterGaps(register, scopeGapFilter({}, { roles: ['participant'], entityId: 'moi' })))).toEqual([]);
    expect(ids(filterGaps(register, scopeGapFilter({}, { roles: ['entity_coordinator'], entityId: null })))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  archiveProblems,
  entityProblems,
  parentChainReaches,
  removalOutcome,
  type EntityInput,
  type RegisterEntry,
} from './entity-rules.ts';

const register: RegisterEntry[] = [
  { id: 'a', code: 'A', parentEntityId: null, archived: false },
  { id: 'b', code: 'B', parentEntityId: 'a', archived: false },
  { id: 'c', code: 'C', parentEntityId: 'b', archived: false },
  { id: 'old', code: 'OLD', parentEntityId: null, archived: true },
];
const input = (over: Partial<EntityInput>): EntityInput => ({
  code: 'X',
  nameAr: 'س',
  nameEn: 'X',
  type: 'ministry',
  sector: 'government',
  deliversServices: true,
  parentEntityId: null,
  ...over,
});

describe('entity register rules', () => {
  it('refuses a parent below the entity, itself, unknown or archived, and a code another holds', () => {
    expect(entityProblems(input({ code: 'A', parentEntityId: 'c' }), 'a', register)).toEqual([
      { path: 'parentEntityId', messageKey: 'errors.registry.parentCycle' },
    ]);
    expect(entityProblems(input({ code: 'A', parentEntityId: 'a' }), 'a', register)[0]?.messageKey).toBe('errors.registry.parentCycle');
    expect(entityProblems(input({ parentEntityId: 'nope' }), null, register)[0]?.messageKey).toBe('errors.registry.unknownEntity');
    expect(entityProblems(input({ parentEntityId: 'old' }), null, register)[0]?.messageKey).toBe('errors.registry.archivedEntity');
    expect(entityProblems(input({ code: 'B' }), 'a', register)).toEqual([{ path: 'code', messageKey: 'errors.registry.codeTaken' }]);
    // Keeping one's own code, moving under a sibling branch: fine.
    expect(entityProblems(input({ code: 'C', parentEntityId: 'a' }), 'c', register)).toEqual([]);
  });

  it('walks a parent chain that already loops without hanging', () => {
    const looped: RegisterEntry[] = [
      { id: 'p', code: 'P', parentEntityId: 'q', archived: false },
      { id: 'q', code: 'Q', parentEntityId: 'p', archived: false },
    ];
    expect(parentChainReaches('p', 'z', looped)).toBe(false);
    expect(parentChainReaches('p', 'q', looped)).toBe(true);
  });

  it('archives rather than deletes what is referred to, and not while active sub-entities remain', () => {
    expect(removalOutcome(0)).toBe('delete');
    expect(removalOutcome(3)).toBe('archive');
    expect(archiveProblems('b', register)).toEqual([{ path: 'id', messageKey: 'errors.registry.hasActiveChildren' }]);
    expect(archiveProblems('c', register)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { actorOf, type SessionUser } from '../../api/trpc/context.ts';
import { affiliatedEntities, coordinatedEntities, coordinatesEntity, hasRole, isOnlyParticipant } from '../../api/access/grants.ts';
import type { Grant } from '../../api/access/grants.ts';

const person = (grants: Grant[]): SessionUser => ({ id: 'u1', username: 'u1', displayNameAr: '', displayNameEn: '', locale: 'ar', grants });

describe('grants and the engine actor', () => {
  it('acts on a record as the coordinator of its entity only', () => {
    const twoEntities = person([
      { role: 'entity_coordinator', entityId: 'ent-moi' },
      { role: 'entity_coordinator', entityId: 'ent-moh' },
      { role: 'assessor', entityId: 'ent-psa' },
    ]);
    expect(actorOf(twoEntities, 'ent-moi')).toEqual({
      id: 'u1',
      label: 'u1',
      roles: ['entity_coordinator', 'assessor'],
      entityId: 'ent-moi',
    });
    expect(actorOf(twoEntities, 'ent-moh').entityId).toBe('ent-moh');
    // Another entity's record: the assessor role stays, the coordinator role does not come along.
    expect(actorOf(twoEntities, 'ent-mun')).toEqual({ id: 'u1', label: 'u1', roles: ['assessor'], entityId: null });
    // No record and two entities: no entity is guessed.
    expect(actorOf(twoEntities).entityId).toBeNull();
    const oneEntity = person([{ role: 'entity_coordinator', entityId: 'ent-moi' }]);
    expect(actorOf(oneEntity)).toMatchObject({ roles: ['entity_coordinator'], entityId: 'ent-moi' });
  });

  it('answers the named questions from the whole set', () => {
    const p = person([
      { role: 'assessor', entityId: 'ent-psa' },
      { role: 'entity_coordinator', entityId: 'ent-moi' },
    ]);
    expect(hasRole(p, 'assessor')).toBe(true);
    expect(hasRole(p, 'leadership')).toBe(false);
    expect(coordinatesEntity(p, 'ent-moi')).toBe(true);
    expect(coordinatesEntity(p, 'ent-psa')).toBe(false);
    expect(coordinatesEntity(p, null)).toBe(false);
    expect(coordinatedEntities(p)).toEqual(['ent-moi']);
    expect(affiliatedEntities(p)).toEqual(['ent-psa', 'ent-moi']);
    expect(isOnlyParticipant(person([{ role: 'participant', entityId: null }]))).toBe(true);
    expect(isOnlyParticipant(person([{ role: 'participant', entityId: null }, p.grants[0]!]))).toBe(false);
  });
});

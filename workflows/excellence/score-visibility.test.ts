import { describe, it, expect } from 'vitest';
import { mayViewIndividualScores, mayViewResults } from './score-visibility.ts';

const access = { entityId: 'ent-1', assessorIds: ['a', 'b'], submittedAssessorIds: ['a'], published: false };
const assessor = (id: string) => ({ id, roles: ['assessor'], entityId: null });
const coordinator = { id: 'c', roles: ['entity_coordinator'], entityId: 'ent-1' };
const manager = { id: 'pm', roles: ['programme_manager'], entityId: null };
const leader = { id: 'l', roles: ['leadership'], entityId: null };

describe('mayViewIndividualScores', () => {
  it('lets an assessor see others only after submitting their own', () => {
    expect(mayViewIndividualScores(assessor('a'), access, 'b')).toBe(true); // a has submitted
    expect(mayViewIndividualScores(assessor('b'), access, 'a')).toBe(false); // b has not
    expect(mayViewIndividualScores(assessor('b'), access, 'b')).toBe(true); // own scores
  });

  it('refuses assessors off the team and entity users, even after publication', () => {
    expect(mayViewIndividualScores(assessor('x'), access, 'a')).toBe(false);
    expect(mayViewIndividualScores(coordinator, { ...access, published: true }, 'a')).toBe(false);
    expect(mayViewIndividualScores(leader, { ...access, published: true }, 'a')).toBe(false);
  });

  it('lets the programme see everything', () => {
    expect(mayViewIndividualScores(manager, access, 'b')).toBe(true);
  });
});

describe('mayViewResults', () => {
  it('hides results from the entity and leadership until publication', () => {
    expect(mayViewResults(coordinator, access)).toBe(false);
    expect(mayViewResults(leader, access)).toBe(false);
    expect(mayViewResults(manager, access)).toBe(true);
  });

  it('shows published results to the entity itself and leadership, not to other entities', () => {
    const published = { ...access, published: true };
    expect(mayViewResults(coordinator, published)).toBe(true);
    expect(mayViewResults(leader, published)).toBe(true);
    expect(mayViewResults({ ...coordinator, entityId: 'ent-2' }, published)).toBe(false);
  });
});

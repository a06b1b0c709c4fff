import { describe, expect, it } from 'vitest';
import { navFor, navItems } from '../../web/app/navigation.ts';

describe('navFor', () => {
  it('gives each role its own entries in declared order', () => {
    expect(navFor('entity_coordinator').map((i) => i.id)).toEqual(['dashboard', 'selfAssessment', 'actionPlans', 'journeys', 'services', 'cxImports', 'workflows']);
    expect(navFor('leadership').map((i) => i.id)).toEqual(['dashboard', 'journeys', 'services', 'workflows', 'rankings']);
    expect(navFor('assessor').map((i) => i.id)).toEqual(['dashboard', 'myAssessments', 'workflows']);
    // A participant only joins workshops: dashboard and workshops, no workflow console.
    expect(navFor('participant').map((i) => i.id)).toEqual(['dashboard', 'workshops']);
  });

  it('has unique ids so domains can find and enable their entry', () => {
    const ids = navItems.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

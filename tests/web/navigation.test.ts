import { describe, expect, it } from 'vitest';
import { navFor, navItems } from '../../web/app/navigation.ts';

describe('navFor', () => {
  it('gives each role its own entries in declared order', () => {
    expect(navFor('entity_coordinator').map((i) => i.id)).toEqual([
      'dashboard',
      'selfAssessment',
      'actionPlans',
      'gaps',
      'workshops',
      'journeys',
      'services',
      'cxImports',
      'workflows',
      'rankings',
      'participation',
      'inbox',
    ]);
    // Leadership reads everything and changes nothing: cycles read-only (results, ranking), no imports, no frameworks.
    expect(navFor('leadership').map((i) => i.id)).toEqual([
      'dashboard',
      'cycles',
      'actionPlans',
      'gaps',
      'bundles',
      'journeys',
      'services',
      'commandCentre',
      'workflows',
      'rankings',
      'leadership',
      'inbox',
    ]);
    expect(navFor('assessor').map((i) => i.id)).toEqual(['dashboard', 'myAssessments', 'workflows', 'inbox']);
    // A participant only joins workshops: no workflow console, no register.
    expect(navFor('participant').map((i) => i.id)).toEqual(['dashboard', 'workshops', 'inbox']);
  });

  it('has unique ids so domains can find and enable their entry', () => {
    const ids = navItems.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

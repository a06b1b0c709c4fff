import { describe, it, expect } from 'vitest';
import { assessorConflict } from './assessor-conflict.ts';

const partners = [
  ['health', 'civil-defence'],
  ['labour', 'interior'],
] as const;

describe('assessorConflict', () => {
  it('never lets an assessor assess their own entity', () => {
    expect(
      assessorConflict({ assessorEntityId: 'health', assessedEntityId: 'health', servicePartners: partners, independenceRequired: false }),
    ).toBe('own_entity');
  });

  it('refuses a service partner, in either order, when independence is required', () => {
    expect(
      assessorConflict({
        assessorEntityId: 'civil-defence',
        assessedEntityId: 'health',
        servicePartners: partners,
        independenceRequired: true,
      }),
    ).toBe('service_partner');
    expect(
      assessorConflict({
        assessorEntityId: 'health',
        assessedEntityId: 'civil-defence',
        servicePartners: partners,
        independenceRequired: true,
      }),
    ).toBe('service_partner');
  });

  it('allows a service partner when independence is not required, and unrelated entities', () => {
    expect(
      assessorConflict({
        assessorEntityId: 'health',
        assessedEntityId: 'civil-defence',
        servicePartners: partners,
        independenceRequired: false,
      }),
    ).toBeNull();
    expect(
      assessorConflict({ assessorEntityId: 'health', assessedEntityId: 'labour', servicePartners: partners, independenceRequired: true }),
    ).toBeNull();
  });

  it('allows assessors from outside government entities', () => {
    expect(
      assessorConflict({ assessorEntityId: null, assessedEntityId: 'health', servicePartners: partners, independenceRequired: true }),
    ).toBeNull();
  });
});

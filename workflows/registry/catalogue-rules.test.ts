import { describe, expect, it } from 'vitest';
import { canonicalJson, serviceEditOutcome, serviceReferenceProblems } from './catalogue-rules.ts';
import { serviceDefinitionSchema } from '../journeys/service-definition.ts';
import { serviceCatalogue } from '../../seeds/services/index.ts';

const service = serviceDefinitionSchema.parse(serviceCatalogue[0]);

describe('service catalogue rules', () => {
  it('lists every unresolved reference at its path', () => {
    const refs = { entityCodes: new Set(['MOI']), documentIds: new Set(['doc.national_id']) };
    expect(serviceReferenceProblems({ ...service, documentIds: ['doc.national_id', 'doc.x', 'doc.national_id'] }, refs)).toEqual([
      { path: 'steps.0.entityCode', messageKey: 'errors.registry.unknownEntity' },
      { path: 'documentIds.1', messageKey: 'errors.registry.unknownDocument' },
      { path: 'documentIds.2', messageKey: 'errors.registry.duplicateDocument' },
      { path: 'slas.0.providerEntityCode', messageKey: 'errors.registry.unknownEntity' },
    ]);
  });

  it('makes a new version only when the definition changed, and never changes the code', () => {
    const current = { code: service.code, version: 3, definition: service };
    const reordered = JSON.parse(canonicalJson(service));
    expect(serviceEditOutcome(current, reordered)).toEqual({ kind: 'unchanged' });
    expect(serviceEditOutcome(current, { ...service, kpis: { ...service.kpis, annualVolume: 1 } })).toEqual({
      kind: 'new_version',
      version: 4,
    });
    expect(serviceEditOutcome(current, { ...service, code: 'MOI-XX-001' })).toMatchObject({ kind: 'refused' });
  });
});

import { describe, it, expect } from 'vitest';
import { documentTypeSchema, entityRefSchema, serviceDefinitionSchema } from '../../workflows/journeys/service-definition.ts';
import { documentTypes } from './documents.ts';
import { serviceEntities } from './entities.ts';
import { serviceCatalogue } from './service-catalogue.ts';

const entityCodes = new Set<string>(serviceEntities.map((e) => e.code));
const documentIds = new Set<string>(documentTypes.map((d) => d.id));

describe('service catalogue seed', () => {
  it('passes the schemas', () => {
    for (const e of serviceEntities) expect(entityRefSchema.safeParse(e).success).toBe(true);
    for (const d of documentTypes) expect(documentTypeSchema.safeParse(d).success).toBe(true);
    for (const s of serviceCatalogue) {
      const parsed = serviceDefinitionSchema.safeParse(s);
      expect(parsed.success, `${s.code}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('uses unique codes and known entities and documents', () => {
    const codes = serviceCatalogue.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(documentIds.size).toBe(documentTypes.length);
    for (const s of serviceCatalogue) {
      const entities = [
        s.ownerEntityCode,
        ...s.steps.map((st) => st.entityCode),
        ...s.slas.flatMap((l) => [l.providerEntityCode, l.consumerEntityCode]),
      ];
      expect(
        entities.filter((e) => !entityCodes.has(e)),
        s.code,
      ).toEqual([]);
      expect(
        s.documentIds.filter((d) => !documentIds.has(d)),
        s.code,
      ).toEqual([]);
    }
    for (const d of documentTypes) if (d.issuerEntityCode) expect(entityCodes.has(d.issuerEntityCode)).toBe(true);
  });
});

import { z } from 'zod';

/**
 * Short codes for the government entities that take part in bundles. They are
 * placeholders to be aligned with the entity register later:
 * MOI interior (population register, residency), MOH health, MOSD social development,
 * MOL labour, MOE education, MOHE higher education, MOCI commerce and industry,
 * MUN municipality, MOJ justice (courts, notary), HA housing authority,
 * GRSIA general retirement and social insurance authority, MOFA foreign affairs,
 * CD civil defence, MOF finance, TAX tax authority, BANK central bank, HMC public hospitals
 * (HMC as in seeds/services/entities.ts).
 */
export const entityCodes = [
  'MOI',
  'MOH',
  'MOSD',
  'MOL',
  'MOE',
  'MOHE',
  'MOCI',
  'MUN',
  'MOJ',
  'HA',
  'GRSIA',
  'MOFA',
  'CD',
  'MOF',
  'TAX',
  'BANK',
  'HMC',
] as const;

export const entityCodeSchema = z.enum(entityCodes);
export type EntityCode = z.infer<typeof entityCodeSchema>;

import { z } from 'zod';

/**
 * Short codes for the government entities that take part in the seeded bundles:
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

/**
 * An entity code as bundles write it. The shape only: which codes exist is the entity
 * register's business, checked against the database (bundle-references.ts), so a bundle may
 * name an entity an administrator added after these seeds were written.
 */
export const entityCodeSchema = z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/);
export type EntityCode = z.infer<typeof entityCodeSchema>;

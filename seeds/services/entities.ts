import type { EntityRef } from '../../workflows/journeys/service-definition.ts';

/**
 * Fictional government entity codes used by the service catalogue and the journeys,
 * to be aligned with the entity seeds later:
 * MOI (interior), MOH (public health), MOCI (commerce and industry), MOL (labour),
 * MUN (municipality), MOJ (justice), HMC (hospitals); all match seeds/entities.ts. BANK (the customer's bank)
 * is not a government entity and exists only so journeys can show the step honestly.
 */
export const serviceEntities = [
  { code: 'MOI', name: { ar: 'وزارة الداخلية', en: 'Ministry of Interior' } },
  { code: 'MOH', name: { ar: 'وزارة الصحة العامة', en: 'Ministry of Public Health' } },
  { code: 'MOCI', name: { ar: 'وزارة التجارة والصناعة', en: 'Ministry of Commerce and Industry' } },
  { code: 'MOL', name: { ar: 'وزارة العمل', en: 'Ministry of Labour' } },
  { code: 'MUN', name: { ar: 'وزارة البلدية', en: 'Ministry of Municipality' } },
  { code: 'MOJ', name: { ar: 'وزارة العدل', en: 'Ministry of Justice' } },
  { code: 'HMC', name: { ar: 'مؤسسة الخدمات الطبية', en: 'Medical Services Corporation' } },
  { code: 'BANK', name: { ar: 'البنك', en: 'Bank' } },
] as const satisfies readonly EntityRef[];

export type ServiceEntityCode = (typeof serviceEntities)[number]['code'];

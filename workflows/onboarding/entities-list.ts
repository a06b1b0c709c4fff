import { z } from 'zod';
import { codeCell, oneOfCell, requiredCell, yesNoCell } from './cells.ts';
import type { ListDefinition } from './list-definition.ts';

import { entitySectors, entityTypes } from '../registry/entity-rules.ts';

export interface EntityRecord {
  code: string;
  name_ar: string;
  name_en: string;
  type: (typeof entityTypes)[number];
  sector: (typeof entitySectors)[number];
  delivers_services: boolean;
}

/** Government entities, keyed by code. */
export const entitiesList: ListDefinition<EntityRecord> = {
  name: 'entities',
  columns: [
    { key: 'code', required: true, max: 40, example: 'MOI' },
    { key: 'name_ar', required: true, max: 200, example: 'وزارة الداخلية' },
    { key: 'name_en', required: true, max: 200, example: 'Ministry of Interior' },
    { key: 'type', required: true, max: 40, allowed: entityTypes, example: 'ministry' },
    { key: 'sector', required: true, max: 40, allowed: entitySectors, example: 'security' },
    { key: 'delivers_services', required: false, max: 10, allowed: ['yes', 'no'], example: 'yes' },
  ],
  schema: z.object({
    code: codeCell,
    name_ar: requiredCell,
    name_en: requiredCell,
    type: oneOfCell(entityTypes),
    sector: oneOfCell(entitySectors),
    delivers_services: yesNoCell(true),
  }),
  keyColumn: 'code',
  keyOf: (r) => r.code,
  uniqueColumns: [],
  references: () => [],
  canonical: (r) => ({ ...r }),
};

import { z } from 'zod';
import { codeCell, oneOfCell, optionalCell, requiredCell } from './cells.ts';
import type { ListDefinition } from './list-definition.ts';
import { onboardingMessageKeys as keys, quoted } from './row-problem.ts';

import { centreChannels, centreModels } from '../registry/centre-rules.ts';

export interface CentreRecord {
  code: string;
  entity_code: string;
  name_ar: string;
  name_en: string;
  model: (typeof centreModels)[number];
  channel: (typeof centreChannels)[number];
  city_ar: string;
  city_en: string;
}

/** Service centres, keyed by their own code; each belongs to an entity that exists. */
export const centresList: ListDefinition<CentreRecord> = {
  name: 'centres',
  columns: [
    { key: 'code', required: true, max: 40, example: 'MOI-C01' },
    { key: 'entity_code', required: true, max: 40, example: 'MOI' },
    { key: 'name_ar', required: true, max: 200, example: 'مركز خدمات المرور' },
    { key: 'name_en', required: true, max: 200, example: 'Traffic Service Centre' },
    { key: 'model', required: true, max: 20, allowed: centreModels, example: 'on_premises' },
    { key: 'channel', required: true, max: 20, allowed: centreChannels, example: 'counter' },
    { key: 'city_ar', required: false, max: 100, example: 'العاصمة' },
    { key: 'city_en', required: false, max: 100, example: 'Capital' },
  ],
  schema: z.object({
    code: codeCell,
    entity_code: codeCell,
    name_ar: requiredCell,
    name_en: requiredCell,
    model: oneOfCell(centreModels),
    channel: oneOfCell(centreChannels),
    city_ar: optionalCell,
    city_en: optionalCell,
  }),
  keyColumn: 'code',
  keyOf: (r) => r.code,
  uniqueColumns: [],
  references: (r, data) =>
    data.entityCodes.has(r.entity_code)
      ? []
      : [{ column: 'entity_code', messageKey: keys.unknownEntity, params: { value: quoted(r.entity_code) } }],
  canonical: (r) => ({ ...r }),
};

import { z } from 'zod';
import { journeyChannels } from '../journeys/journey-map.ts';
import { codeCell, optionalCell, requiredCell } from './cells.ts';
import { cellItems, numberCell, oneOfListCell, optionalNumberCell } from './list-cells.ts';
import type { ListDefinition, ReferenceProblem } from './list-definition.ts';
import { onboardingMessageKeys as keys, quoted } from './row-problem.ts';

/** The catalogue's service codes: upper-case words joined by hyphens (MOI-VISA-RENEW). */
const serviceCode = codeCell;

export interface ServiceRecord {
  code: string;
  owner_entity_code: string;
  name_ar: string;
  name_en: string;
  channels: (typeof journeyChannels)[number][];
  documents: string[];
  fee_amount: number | null;
  fee_currency: string;
  annual_volume: number;
  average_wait_minutes: number;
  average_service_minutes: number;
  satisfaction: number;
  average_completion_days: number;
}

/**
 * A service's card in the catalogue, one row each: names, owner, channels, required documents,
 * one fee and the KPIs. The procedure steps and SLAs between entities are edited in the catalogue
 * itself; a new service starts with one step, the owner delivering it on its channels.
 */
export const servicesList: ListDefinition<ServiceRecord> = {
  name: 'services',
  columns: [
    { key: 'code', required: true, max: 60, example: 'MOI-ID-RENEW' },
    { key: 'owner_entity_code', required: true, max: 40, example: 'MOI' },
    { key: 'name_ar', required: true, max: 300, example: 'تجديد بطاقة الهوية' },
    { key: 'name_en', required: true, max: 300, example: 'Identity card renewal' },
    { key: 'channels', required: true, max: 100, allowed: journeyChannels, example: 'counter; web; app' },
    { key: 'documents', required: false, max: 1000, example: 'doc.national_id; doc.personal_photo' },
    { key: 'fee_amount', required: false, max: 20, example: '100' },
    { key: 'fee_currency', required: false, max: 3, example: 'QAR' },
    { key: 'annual_volume', required: true, max: 20, example: '120000' },
    { key: 'average_wait_minutes', required: true, max: 20, example: '12' },
    { key: 'average_service_minutes', required: true, max: 20, example: '8' },
    { key: 'satisfaction', required: true, max: 20, example: '4.2' },
    { key: 'average_completion_days', required: true, max: 20, example: '1' },
  ],
  schema: z.object({
    code: serviceCode,
    owner_entity_code: codeCell,
    name_ar: requiredCell,
    name_en: requiredCell,
    channels: oneOfListCell(journeyChannels),
    documents: optionalCell.transform((v) => [...new Set(cellItems(v))]),
    fee_amount: optionalNumberCell({ min: 0 }),
    fee_currency: optionalCell
      .transform((v) => (v || 'QAR').toUpperCase())
      .pipe(z.string().regex(/^[A-Z]{3}$/, { error: keys.codeFormat })),
    annual_volume: numberCell({ min: 0, integer: true }),
    average_wait_minutes: numberCell({ min: 0 }),
    average_service_minutes: numberCell({ min: 0 }),
    satisfaction: numberCell({ min: 1, max: 5 }),
    average_completion_days: numberCell({ min: 0 }),
  }),
  keyColumn: 'code',
  keyOf: (r) => r.code,
  uniqueColumns: [],
  references: (r, data) => {
    const problems: ReferenceProblem[] = [];
    if (!data.entityCodes.has(r.owner_entity_code))
      problems.push({ column: 'owner_entity_code', messageKey: keys.unknownEntity, params: { value: quoted(r.owner_entity_code) } });
    const unknownDocument = r.documents.find((d) => !data.documentIds.has(d));
    if (unknownDocument)
      problems.push({ column: 'documents', messageKey: keys.unknownDocument, params: { value: quoted(unknownDocument) } });
    return problems;
  },
  canonical: (r) => ({
    ...r,
    fee_amount: r.fee_amount,
    fee_currency: r.fee_amount === null ? '' : r.fee_currency,
  }),
};

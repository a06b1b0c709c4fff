import type { DB } from '../db/schema.ts';
import { createService, editService } from '../catalogue/service-store.ts';
import type { ServiceDefinition } from '../../workflows/journeys/service-definition.ts';
import { servicesList, type ServiceRecord } from '../../workflows/onboarding/services-list.ts';
import { inChunks, type ListStore } from './list-store.ts';

/** The fee a one-row card names: the catalogue's words for it, in both languages. */
const feeLabel = { ar: 'رسوم الخدمة', en: 'Service fee' };

/** A stored definition as the file's row would write it (its first fee; steps and SLAs are not in the file). */
function asRecord(d: ServiceDefinition): ServiceRecord {
  const fee = d.fees[0];
  return {
    code: d.code,
    owner_entity_code: d.ownerEntityCode,
    name_ar: d.name.ar,
    name_en: d.name.en,
    channels: d.channels,
    documents: d.documentIds,
    fee_amount: fee ? fee.amount : null,
    fee_currency: fee ? fee.currency : 'QAR',
    annual_volume: d.kpis.annualVolume,
    average_wait_minutes: d.kpis.averageWaitMinutes,
    average_service_minutes: d.kpis.averageServiceMinutes,
    satisfaction: d.kpis.satisfaction,
    average_completion_days: d.kpis.averageCompletionDays,
  };
}

/** The row's fields laid over a definition (a new one starts with one step: the owner delivers it). */
function definitionOf(r: ServiceRecord, current: ServiceDefinition | null): ServiceDefinition {
  return {
    code: r.code,
    name: { ar: r.name_ar, en: r.name_en },
    ownerEntityCode: r.owner_entity_code,
    channels: r.channels,
    steps: current?.steps ?? [
      {
        title: { ar: r.name_ar, en: r.name_en },
        entityCode: r.owner_entity_code,
        channels: r.channels,
        standardMinutes: r.average_service_minutes,
      },
    ],
    documentIds: r.documents,
    fees: r.fee_amount === null ? [] : [{ label: current?.fees[0]?.label ?? feeLabel, amount: r.fee_amount, currency: r.fee_currency }],
    kpis: {
      annualVolume: r.annual_volume,
      averageWaitMinutes: r.average_wait_minutes,
      averageServiceMinutes: r.average_service_minutes,
      satisfaction: r.satisfaction,
      averageCompletionDays: r.average_completion_days,
    },
    slas: current?.slas ?? [],
  };
}

const parse = (stored: unknown): ServiceDefinition => (typeof stored === 'string' ? JSON.parse(stored) : stored) as ServiceDefinition;

/**
 * Catalogue services, keyed by code, written through the catalogue's own store: a new code is
 * created at version 1, a changed card is saved as the next version (with its own audit row),
 * steps and SLAs kept as the catalogue holds them.
 */
export const serviceStore: ListStore<ServiceRecord> = {
  subjectKind: 'service',
  auditsItself: true,
  async existing(db, keys) {
    const rows = await inChunks(keys, (chunk) =>
      db.selectFrom('services').select(['code', 'definition']).where('code', 'in', chunk).execute(),
    );
    return new Map(rows.map((r) => [r.code, servicesList.canonical(asRecord(parse(r.definition)))]));
  },
  async write(db: DB, { outcome, record }, by) {
    if (outcome === 'created') return (await createService(db, definitionOf(record, null), by)).code;
    const row = await db.selectFrom('services').select('definition').where('code', '=', record.code).executeTakeFirstOrThrow();
    return (await editService(db, definitionOf(record, parse(row.definition)), by)).code;
  },
};

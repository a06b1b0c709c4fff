import type { DB } from '../api/db/schema.ts';
import { WorkflowEngine } from '../engine/workflow/engine.ts';
import { systemActor } from '../engine/workflow/actor.ts';
import { productRegistry } from '../api/workflow-registry.ts';
import { seedService } from '../api/journeys/catalogue.ts';
import { loadCatalogueReferenceSeeds } from './services/load.ts';
import { importCxRows } from '../api/cx/import-rows.ts';
import { startJourney } from '../api/journeys/start-journey.ts';
import { saveJourneyMap } from '../api/journeys/save-map.ts';
import { measureAndFreeze } from '../api/journeys/measure.ts';
import { saveRootCauses } from '../api/journeys/root-causes.ts';
import { serviceDefinitionSchema } from '../workflows/journeys/service-definition.ts';
import { journeyMapSchema } from '../workflows/journeys/journey-map.ts';
import type { JourneyMapInput } from '../workflows/journeys/journey-map.ts';
import type { RootCauseInput } from '../workflows/journeys/root-cause.ts';
import { serviceCatalogue } from './services/index.ts';
import { newbornToBe, priorityJourneyAsIsMaps } from './journeys/index.ts';
import { entityId, entitySeeds } from './entities.ts';
import { demoPeriod, demoSignals } from './cx/demo-signals.ts';

/** Reference data: document types, outside parties and the documented service catalogue, where missing. */
export async function loadServiceCatalogue(db: DB): Promise<number> {
  await loadCatalogueReferenceSeeds(db);
  for (const s of serviceCatalogue) await seedService(db, serviceDefinitionSchema.parse(s));
  return serviceCatalogue.length;
}

const seedActor = { ...systemActor, label: 'seed' };

/** Owner entity of a journey: the owner of its first service. */
function ownerOf(map: JourneyMapInput): string {
  const service = serviceCatalogue.find((s) => s.code === map.serviceCodes[0]);
  return entityId(service?.ownerEntityCode ?? 'GDB');
}

const newbornCauses: RootCauseInput[] = [
  {
    id: 'rc-paper-notification',
    journeyId: 'newborn',
    type: 'system',
    statement: {
      ar: 'إشعار الولادة ورقي ولا يصل إلى السجل المدني إلكترونياً',
      en: 'The birth notification is on paper and never reaches the civil registry electronically',
    },
    whyChain: [
      { question: 'لماذا يراجع الأب السجل المدني؟', answer: 'لأن السجل لا يملك بيانات الولادة' },
      { question: 'لماذا لا يملك السجل البيانات؟', answer: 'لأن المستشفى يرسل إشعاراً ورقياً' },
      { question: 'لماذا ورقياً؟', answer: 'لا يوجد ربط بين نظام المستشفى ونظام السجل المدني' },
    ],
    stepIds: ['nb-01', 'nb-02', 'nb-03'],
    complaintCategories: ['multiple_visits', 'repeated_documents'],
  },
  {
    id: 'rc-counter-capacity',
    journeyId: 'newborn',
    type: 'capacity',
    statement: { ar: 'عدد الموظفين في ساعات الذروة لا يكفي', en: 'Too few counter staff at peak hours' },
    whyChain: [{ question: 'لماذا يطول الانتظار؟', answer: 'لأن الطلبات تتركز صباحاً وعدد النوافذ ثابت' }],
    stepIds: ['nb-03'],
    complaintCategories: ['long_waiting'],
  },
];

/**
 * Demo data: the five priority journeys (as-is maps; the newborn journey measured, its
 * root causes recorded and its to-be map drafted) and a month of complaints, survey
 * answers and centre figures. Idempotent: skipped when already there.
 */
export async function loadJourneyDemo(db: DB): Promise<{ journeys: number; cxRows: number }> {
  let cxRows = 0;
  const seeded = await db.selectFrom('cx_imports').select('id').where('source', '=', 'seed').executeTakeFirst();
  if (!seeded) {
    const signals = demoSignals(serviceCatalogue, (code) => entitySeeds.find((e) => e.code === code)?.centres.map((c) => c.code) ?? []);
    const at = new Date('2026-10-01T06:00:00Z');
    for (const [kind, rows] of [
      ['complaints', signals.complaints],
      ['survey_answers', signals.surveys],
      ['centre_operations', signals.operations],
    ] as const) {
      const r = await importCxRows(db, rows, { kind, mode: 'refuse', source: 'seed', userId: null, at });
      cxRows += r.importedRows;
    }
  }
  const engine = new WorkflowEngine(db, productRegistry());
  let journeys = 0;
  for (const input of priorityJourneyAsIsMaps) {
    const map = journeyMapSchema.parse(input);
    const exists = await db.selectFrom('journeys').select('id').where('key', '=', map.journeyId).executeTakeFirst();
    if (exists) continue;
    journeys++;
    const { id } = await startJourney(
      db,
      engine,
      { key: map.journeyId, entityId: ownerOf(input), serviceCodes: map.serviceCodes, title: map.title },
      seedActor,
    );
    await engine.send({ instanceId: id, event: { type: 'BEGIN_MAPPING' }, actor: seedActor });
    await saveJourneyMap(db, engine, id, map, seedActor);
    if (map.journeyId !== 'newborn') continue;
    await measureAndFreeze(db, engine, id, { purpose: 'baseline', period: demoPeriod, method: 'map_and_cx_data' }, seedActor);
    await engine.send({ instanceId: id, event: { type: 'BEGIN_ROOT_CAUSES' }, actor: seedActor });
    await saveRootCauses(db, engine, id, newbornCauses, seedActor);
    await engine.send({ instanceId: id, event: { type: 'BEGIN_TO_BE_DESIGN' }, actor: seedActor });
    await saveJourneyMap(db, engine, id, newbornToBe, seedActor);
  }
  return { journeys, cxRows };
}

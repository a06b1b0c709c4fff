import type { DB } from '../../api/db/schema.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { productRegistry } from '../../api/workflow-registry.ts';
import { addShopperProfile } from '../../api/mystery-shopper/shopper-store.ts';
import { createScenario } from '../../api/mystery-shopper/scenario-store.ts';
import { createPeriod, generatePlan, publishPeriod, setQuotas } from '../../api/mystery-shopper/period-store.ts';
import type { ShopperFields } from '../../api/mystery-shopper/shopper-input.ts';
import type { ScenarioFields } from '../../workflows/mystery-shopper/checklist.ts';
import type { Answer } from '../../workflows/mystery-shopper/checklist.ts';

const pm: Actor & { id: string } = { id: 'usr-pm', label: 'pm', roles: ['programme_manager'], entityId: 'ent-gdb' };
const everyDay = [1, 2, 3, 4, 5, 6, 7];

/** The demo shoppers' pool profiles: three kinds of customer, none working for a visited entity. */
const profiles: Record<string, ShopperFields> = {
  'usr-shopper1': {
    nationalityGroup: 'citizen',
    ageBand: '45_59',
    gender: 'female',
    language: 'ar',
    disability: false,
    weekdays: everyDay,
    maxVisits: 3,
    employerEntityId: null,
    relatedEntityIds: [],
  },
  'usr-shopper2': {
    nationalityGroup: 'arab',
    ageBand: '30_44',
    gender: 'male',
    language: 'ar',
    disability: true,
    weekdays: everyDay,
    maxVisits: 3,
    employerEntityId: null,
    relatedEntityIds: [],
  },
  'usr-shopper3': {
    nationalityGroup: 'asian',
    ageBand: '18_29',
    gender: 'male',
    language: 'en',
    disability: false,
    weekdays: everyDay,
    maxVisits: 3,
    employerEntityId: null,
    relatedEntityIds: [],
  },
};

const text = (ar: string, en: string) => ({ ar, en });
const scenarios: ScenarioFields[] = [
  {
    code: 'demo-passport-renewal',
    channel: 'centre',
    service: text('تجديد جواز السفر', 'Renew a passport'),
    persona: text(
      'مواطنة في الخمسينات تجدد جوازها لأول مرة دون موعد',
      'A citizen in her fifties renewing her passport without an appointment',
    ),
    checklist: [
      { code: 'greet', text: text('الترحيب خلال دقيقة من الوصول', 'Greeted within a minute of arriving'), weight: 1 },
      { code: 'ticket', text: text('إصدار تذكرة انتظار عند الوصول', 'Queue ticket issued on arrival'), weight: 1 },
      { code: 'explain', text: text('شرح الخطوات والمستندات بوضوح', 'Steps and documents explained clearly'), weight: 2 },
      { code: 'survey', text: text('عرض استبيان الرضا بعد المعاملة', 'Satisfaction survey offered after the transaction'), weight: 1 },
    ],
  },
  {
    code: 'demo-fees-call',
    channel: 'phone',
    service: text('الاستفسار عن رسوم تجديد رخصة القيادة', 'Ask about the fee to renew a driving licence'),
    persona: text('مقيم يفضل التحدث بالإنجليزية', 'A resident who prefers to speak English'),
    checklist: [
      { code: 'answered', text: text('الرد خلال ثلاث رنات', 'Answered within three rings'), weight: 1 },
      { code: 'fees', text: text('ذكر الرسوم بدقة', 'Fee stated correctly'), weight: 2 },
      { code: 'language', text: text('التحدث بلغة المتعامل', 'Spoke the customer’s language'), weight: 1 },
    ],
  },
];

/** What each reviewed visit found, item by item (the rest of the demo visits stay to be reported). */
const reports: Record<string, Answer>[] = [
  { greet: 'pass', ticket: 'pass', explain: 'fail', survey: 'pass' },
  { greet: 'fail', ticket: 'pass', explain: 'pass', survey: 'na' },
  { greet: 'pass', ticket: 'pass', explain: 'pass', survey: 'fail' },
];

/**
 * The mystery-shopper programme for `npm start`: the demo shoppers' profiles, a scenario library,
 * this year's last quarter planned through the product's planner, two visits reported and accepted
 * (their failed items become gaps), one waiting for review, and the period published so the
 * results and the annual report show something. Skipped once any period exists.
 */
export async function loadMysteryShopperDemo(db: DB, at = new Date()): Promise<void> {
  if (await db.selectFrom('mystery_periods').select('id').executeTakeFirst()) return;
  const engine = new WorkflowEngine(db, productRegistry());
  const year = at.getUTCFullYear();
  const periodId = await db.transaction().execute(async (trx) => {
    const known = new Set((await trx.selectFrom('mystery_shoppers').select('user_id').execute()).map((s) => s.user_id));
    for (const [userId, fields] of Object.entries(profiles)) {
      const user = await trx.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
      if (user && !known.has(userId)) await addShopperProfile(trx, userId, fields, pm.id, at);
    }
    const ids: string[] = [];
    for (const s of scenarios) {
      const existing = await trx.selectFrom('mystery_scenarios').select('id').where('code', '=', s.code).executeTakeFirst();
      ids.push(existing?.id ?? (await createScenario(trx, s, pm.id, at)));
    }
    const [centreScenario, phoneScenario] = ids as [string, string];
    const id = await createPeriod(
      trx,
      {
        nameAr: `الربع الرابع ${year}`,
        nameEn: `Q4 ${year}`,
        startsOn: `${year}-10-01`,
        endsOn: `${year}-12-31`,
        seed: 2026,
        cycleId: null,
      },
      pm.id,
      at,
    );
    await setQuotas(
      trx,
      id,
      [
        { centreId: 'ctr-moi-c01', channel: 'centre', scenarioId: centreScenario, visits: 2, announced: false },
        { centreId: 'ctr-moh-c01', channel: 'centre', scenarioId: centreScenario, visits: 1, announced: false },
        { centreId: 'ctr-moi-c02', channel: 'phone', scenarioId: phoneScenario, visits: 1, announced: false },
      ],
      pm.id,
    );
    await generatePlan(trx, engine, id, pm, at);
    return id;
  });

  // The centre visits, reported by their shoppers and reviewed: accepted but the last, left for review.
  const visits = await db
    .selectFrom('mystery_visits')
    .select(['id', 'shopper_id', 'planned_on'])
    .where('period_id', '=', periodId)
    .where('channel', '=', 'centre')
    .orderBy('centre_id')
    .orderBy('id')
    .execute();
  for (const [i, v] of visits.entries()) {
    const answers = reports[i % reports.length]!;
    const shopper: Actor = { id: v.shopper_id, label: v.shopper_id, roles: ['mystery_shopper'], entityId: null };
    await engine.send({
      instanceId: v.id,
      actor: shopper,
      event: {
        type: 'SUBMIT',
        clientKey: `demo-report-${i + 1}`,
        report: {
          arrivedAt: `${v.planned_on}T08:${String(10 + i * 7).padStart(2, '0')}:00+03:00`,
          ticket: `A-${String(17 + i * 11).padStart(3, '0')}`,
          waitingMinutes: [9, 23, 14][i % 3]!,
          serviceMinutes: [6, 11, 8][i % 3]!,
          answers,
          notes: i === 1 ? 'انتظرت طويلاً قبل أن يرحب بي أحد' : '',
        },
      },
    });
    if (i < visits.length - 1) await engine.send({ instanceId: v.id, actor: pm, event: { type: 'ACCEPT' } });
  }
  await db.transaction().execute((trx) => publishPeriod(trx, periodId, pm.id, at));
}

import type { DB } from '../../api/db/schema.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { productRegistry } from '../../api/workflow-registry.ts';
import { halfDayCoDesignTemplate, workshopInputFromTemplate } from '../../workflows/workshops/workshop-templates.ts';
import { newBabyBundle } from '../bundles/new-baby.ts';

export const demoWorkshopId = 'ws-demo-new-baby';
export const demoInviteCode = 'BABY2026';

const facilitator: Actor = { id: 'usr-facilitator', label: 'facilitator', roles: ['facilitator'], entityId: 'ent-gdb' };
const as = (id: string, label: string, role: string, entityId: string | null): Actor => ({ id, label, roles: [role], entityId });

/**
 * One co-design workshop under way on the new-baby bundle, driven through the engine like
 * the real thing: the demo facilitator, two entity representatives and the demo customer,
 * discovery done with notes and pain points, ideation open with a few ideas. Created once;
 * later starts leave it as the demo users left it. Without time boxes, so it waits for the
 * facilitator instead of advancing on its own between demos.
 */
export async function loadDemoWorkshop(db: DB): Promise<boolean> {
  const existing = await db.selectFrom('workflow_instances').select('id').where('id', '=', demoWorkshopId).executeTakeFirst();
  const users = await db
    .selectFrom('users')
    .select('id')
    .where('id', 'in', ['usr-facilitator', 'usr-coord-moi', 'usr-coord-moh', 'usr-participant'])
    .execute();
  if (existing || users.length < 4) return false;
  const engine = new WorkflowEngine(db, productRegistry());
  const input = workshopInputFromTemplate(halfDayCoDesignTemplate, {
    workshopId: demoWorkshopId,
    title: { ar: 'إعادة تصميم باقة خدمات المولود الجديد', en: 'Redesigning the new baby bundle' },
    facilitatorId: facilitator.id!,
    bundleId: newBabyBundle.id,
  });
  input.settings.timeBoxes = {};
  await engine.start({
    kind: 'workshop',
    id: demoWorkshopId,
    entityId: null,
    input: input as unknown as Record<string, unknown>,
    actor: facilitator,
  });
  await db.updateTable('workshops').set({ invite_code: demoInviteCode }).where('id', '=', demoWorkshopId).execute();
  const send = (actor: Actor, event: { type: string } & Record<string, unknown>) =>
    engine.send({ instanceId: demoWorkshopId, event, actor });
  const moi = as('usr-coord-moi', 'coord.moi', 'entity_coordinator', 'ent-moi');
  const moh = as('usr-coord-moh', 'coord.moh', 'entity_coordinator', 'ent-moh');
  const customer = as('usr-participant', 'participant', 'participant', null);
  await send(facilitator, {
    type: 'ADD_PARTICIPANT',
    participant: { id: moi.id, kind: 'entity_representative', entityId: 'ent-moi', name: 'فاطمة الملا' },
  });
  await send(facilitator, {
    type: 'ADD_PARTICIPANT',
    participant: { id: moh.id, kind: 'entity_representative', entityId: 'ent-moh', name: 'سعد الكبيسي' },
  });
  await send(facilitator, {
    type: 'ADD_PARTICIPANT',
    participant: { id: customer.id, kind: 'customer', entityId: null, name: 'عائشة محمد' },
  });
  await send(facilitator, { type: 'ADVANCE' });
  await send(facilitator, { type: 'ADVANCE' });
  await send(customer, { type: 'ADD_NOTE', lane: 'pains', text: 'زرت أربعة مراكز خدمة خلال أسبوعين بعد الولادة' });
  await send(customer, { type: 'ADD_NOTE', lane: 'needs', text: 'أريد أن أنجز كل شيء من الهاتف دون مراجعة' });
  await send(moi, { type: 'ADD_NOTE', lane: 'ideas', text: 'إصدار شهادة الميلاد تلقائياً من إشعار المستشفى' });
  await send(customer, { type: 'ADD_PAIN_POINT', text: 'طُلبت مني شهادة الميلاد نفسها ثلاث مرات', serviceId: 'child-passport', step: null });
  await send(moh, { type: 'ADD_PAIN_POINT', text: 'البطاقة الصحية تتطلب مراجعة شخصية', serviceId: 'health-card', step: null });
  await send(customer, { type: 'ADD_QUOTE', text: 'كنت أحمل ملفاً كاملاً من الأوراق وطفلي عمره أيام', personaId: null });
  await send(facilitator, { type: 'ADVANCE' });
  await send(moi, { type: 'ADD_IDEA', text: 'ملف واحد للمولود تشاركه الجهات دون طلب المستندات مجدداً', painPointIds: ['pp4'] });
  await send(moh, { type: 'ADD_IDEA', text: 'إصدار البطاقة الصحية إلكترونياً مع شهادة الميلاد', painPointIds: ['pp5'] });
  await send(customer, { type: 'ADD_IDEA', text: 'تطبيق واحد يتابع كل طلبات المولود', painPointIds: [] });
  return true;
}

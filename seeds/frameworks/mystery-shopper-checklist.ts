import type { ChecklistItem, FrameworkInput } from '../../workflows/excellence/framework-schema.ts';
import { excellenceBands } from './excellence-bands.ts';

function item(code: string, weight: number, ar: string, en: string): ChecklistItem {
  return { code, weight, text: { ar, en } };
}

/**
 * The mystery shopper's checklist, one pillar per channel. A visit records its scenario,
 * waiting time and service time beside the answers. A channel the centre does not offer
 * (e.g. no app) is marked not applicable and the rest are rescaled.
 */
export const mysteryShopperChecklist: FrameworkInput = {
  schemaVersion: 1,
  code: 'mystery-shopper',
  version: 1,
  name: { ar: 'قائمة تحقق المتسوق السري', en: 'Mystery Shopper Checklist' },
  description: {
    ar: 'زيارة سرية غير معلنة أو تواصل عبر القنوات كمتعامل عادي لقياس تجربة المتعاملين الفعلية.',
    en: 'An unannounced visit or contact through a channel as an ordinary customer, to measure the real customer experience.',
  },
  mode: 'percent',
  entityTypes: [
    { code: 'service_centre', name: { ar: 'مركز خدمة', en: 'Service centre' } },
    { code: 'digital_service', name: { ar: 'خدمة رقمية دون مركز حضوري', en: 'Digital-only service' } },
  ],
  scoring: {
    defaultMethod: 'checklist',
    bands: { step: 5, bands: excellenceBands },
    checklist: {
      partlyValue: 0.5,
      recordFields: [
        { code: 'scenario', type: 'text', required: true, label: { ar: 'السيناريو', en: 'Scenario' } },
        {
          code: 'started_at',
          type: 'datetime',
          required: true,
          label: { ar: 'وقت بدء الزيارة أو الاتصال', en: 'Visit or contact started at' },
        },
        { code: 'waiting_time', type: 'minutes', required: true, label: { ar: 'زمن الانتظار (دقائق)', en: 'Waiting time (minutes)' } },
        { code: 'service_time', type: 'minutes', required: true, label: { ar: 'زمن تقديم الخدمة (دقائق)', en: 'Service time (minutes)' } },
        { code: 'notes', type: 'text', required: false, label: { ar: 'ملاحظات المتسوق السري', en: "Mystery shopper's notes" } },
      ],
    },
  },
  nodes: [
    {
      code: 'visit',
      kind: 'result',
      weight: 25,
      applicability: ['service_centre'],
      name: { ar: 'الزيارة الحضورية', en: 'Visit' },
      children: [
        {
          code: 'visit.arrival',
          kind: 'result',
          weight: 30,
          name: { ar: 'الوصول والاستقبال', en: 'Arrival and reception' },
          items: [
            item('signage', 1, 'وجدت مركز الخدمة ومدخله بسهولة', 'Found the centre and its entrance easily'),
            item('greeting', 1, 'تم الترحيب بي عند الوصول', 'Was greeted on arrival'),
            item('ticket', 1, 'حصلت على رقم انتظار دون تأخير', 'Got a queue ticket without delay'),
          ],
        },
        {
          code: 'visit.service',
          kind: 'result',
          weight: 50,
          name: { ar: 'تقديم الخدمة', en: 'Service encounter' },
          items: [
            item('wait_target', 2, 'تمت خدمتي خلال زمن الانتظار المستهدف', 'Was served within the target waiting time'),
            item('explained', 2, 'شرح الموظف المتطلبات والرسوم بوضوح', 'Staff explained the requirements and fees clearly'),
            item('one_visit', 3, 'أنجزت المعاملة في زيارة واحدة', 'The transaction was completed in one visit'),
            item('courtesy', 1, 'كان الموظف لبقاً ومهنياً', 'Staff were courteous and professional'),
          ],
        },
        {
          code: 'visit.closing',
          kind: 'result',
          weight: 20,
          name: { ar: 'ختام الزيارة', en: 'Closing' },
          items: [
            item('receipt', 1, 'استلمت إيصالاً أو تأكيداً للمعاملة', 'Received a receipt or confirmation'),
            item('survey', 1, 'عُرض علي استبيان قصير بعد المعاملة', 'Was offered a short survey after the transaction'),
          ],
        },
      ],
    },
    {
      code: 'phone',
      kind: 'result',
      weight: 25,
      name: { ar: 'الاتصال الهاتفي', en: 'Phone' },
      children: [
        {
          code: 'phone.answer',
          kind: 'result',
          weight: 40,
          name: { ar: 'الرد على الاتصال', en: 'Answering the call' },
          items: [
            item('answered_60s', 2, 'تم الرد خلال 60 ثانية', 'Answered within 60 seconds'),
            item('menu_clear', 1, 'قائمة الخيارات الصوتية واضحة وقصيرة', 'The voice menu was short and clear'),
            item('identified', 1, 'عرّف الموظف بنفسه وبالجهة', 'The agent gave their name and the entity'),
          ],
        },
        {
          code: 'phone.resolution',
          kind: 'result',
          weight: 60,
          name: { ar: 'حل الاستفسار', en: 'Resolution' },
          items: [
            item('accurate', 3, 'كانت المعلومات صحيحة وكاملة', 'The information was correct and complete'),
            item('no_transfers', 1, 'لم يُحوَّل الاتصال أكثر من مرة', 'The call was not transferred more than once'),
            item('callback', 1, 'عُرض معاودة الاتصال عند الحاجة', 'A call-back was offered when needed'),
          ],
        },
      ],
    },
    {
      code: 'website',
      kind: 'result',
      weight: 25,
      name: { ar: 'الموقع الإلكتروني', en: 'Website' },
      children: [
        {
          code: 'website.find',
          kind: 'result',
          weight: 40,
          name: { ar: 'الوصول إلى الخدمة', en: 'Finding the service' },
          items: [
            item('three_clicks', 1, 'وجدت الخدمة خلال ثلاث نقرات', 'Found the service within three clicks'),
            item('requirements', 2, 'المتطلبات والرسوم والمدة منشورة', 'Requirements, fees and duration are published'),
            item('bilingual', 1, 'المحتوى متاح بالعربية والإنجليزية', 'Content is available in Arabic and English'),
          ],
        },
        {
          code: 'website.complete',
          kind: 'result',
          weight: 60,
          name: { ar: 'إتمام المعاملة', en: 'Completing the transaction' },
          items: [
            item('no_errors', 2, 'أُرسل النموذج دون أخطاء', 'The form was submitted without errors'),
            item('confirmation', 1, 'وصلني تأكيد برقم الطلب', 'Received a confirmation with a request number'),
            item('sla_met', 2, 'أُنجز الطلب خلال المدة المعلنة', 'The request was completed within the published time'),
          ],
        },
      ],
    },
    {
      code: 'app',
      kind: 'result',
      weight: 25,
      name: { ar: 'التطبيق الذكي', en: 'App' },
      children: [
        {
          code: 'app.access',
          kind: 'result',
          weight: 40,
          name: { ar: 'الدخول والتنقل', en: 'Sign-in and navigation' },
          items: [
            item('sign_in', 1, 'الدخول سهل عبر الهوية الرقمية', 'Sign-in with the digital identity was easy'),
            item('service_listed', 2, 'الخدمة متاحة في التطبيق', 'The service is available in the app'),
          ],
        },
        {
          code: 'app.complete',
          kind: 'result',
          weight: 60,
          name: { ar: 'إتمام المعاملة', en: 'Completing the transaction' },
          items: [
            item('completed', 3, 'أتممت المعاملة كاملة من التطبيق', 'Completed the whole transaction in the app'),
            item('notified', 1, 'وصلتني إشعارات بحالة الطلب', 'Received status notifications'),
            item('rating', 1, 'طُلب مني تقييم الخدمة بعد إتمامها', 'Was asked to rate the service afterwards'),
          ],
        },
      ],
    },
  ],
  maturityLevels: [],
  independenceRequired: false,
  feedbackShowsRawScores: true,
  consensusSpreadThreshold: 25,
};

import type { JourneyMapInput } from '../../workflows/journeys/journey-map.ts';

/** Priority journey 1: registering a newborn (life event: a new baby). */
export const newbornAsIs = {
  journeyId: 'newborn',
  version: 'as_is',
  serviceCodes: ['MOI-CR-001', 'MOI-CR-002', 'MOI-ID-001'],
  title: { ar: 'تسجيل مولود جديد', en: 'Registering a newborn' },
  currency: 'QAR',
  stages: [
    {
      id: 'birth',
      title: { ar: 'الولادة', en: 'Birth' },
      steps: [
        {
          id: 'nb-01',
          title: {
            ar: 'استلام إشعار الولادة من قسم السجلات بالمستشفى',
            en: 'Collect the birth notification from the hospital records office',
          },
          channel: 'counter',
          entityId: 'HMC',
          visitRequired: true,
          documentIds: ['doc.national_id', 'doc.marriage_contract'],
          waitingMinutes: 40,
          handlingMinutes: 15,
          emotion: -1,
          painPoints: [
            {
              id: 'nb-pp-01',
              text: {
                ar: 'الأب ينتظر في طابور السجلات والأم ما زالت في المستشفى',
                en: 'The father queues at records while the mother is still in hospital',
              },
            },
          ],
        },
        {
          id: 'nb-02',
          title: { ar: 'إرسال الإشعار الورقي إلى السجل المدني', en: 'Paper notification sent to the civil registry' },
          channel: 'mail',
          entityId: 'HMC',
          visitRequired: false,
          waitingMinutes: 0,
          handlingMinutes: 10,
          emotion: 0,
          backstage: true,
        },
      ],
    },
    {
      id: 'register',
      title: { ar: 'التسجيل', en: 'Registration' },
      steps: [
        {
          id: 'nb-03',
          title: { ar: 'مراجعة السجل المدني لتقديم طلب التسجيل', en: 'Visit the civil registry to submit the registration' },
          channel: 'counter',
          entityId: 'MOI',
          visitRequired: true,
          documentIds: ['doc.birth_notification', 'doc.national_id', 'doc.marriage_contract'],
          waitingMinutes: 45,
          handlingMinutes: 15,
          emotion: -2,
          painPoints: [
            {
              id: 'nb-pp-02',
              text: {
                ar: 'طلب المستندات نفسها التي قُدّمت في المستشفى',
                en: 'The same documents already shown at the hospital are asked again',
              },
            },
            {
              id: 'nb-pp-03',
              text: {
                ar: 'رفض الطلب بسبب خطأ إملائي في الاسم على الإشعار',
                en: 'Request refused over a misspelt name on the notification',
              },
            },
          ],
        },
        {
          id: 'nb-04',
          title: { ar: 'إعادة إدخال البيانات وتدقيقها', en: 'Record re-typed and checked' },
          channel: 'counter',
          entityId: 'MOI',
          visitRequired: false,
          waitingMinutes: 0,
          handlingMinutes: 20,
          emotion: 0,
          backstage: true,
        },
      ],
    },
    {
      id: 'certificate',
      title: { ar: 'شهادة الميلاد', en: 'Birth certificate' },
      steps: [
        {
          id: 'nb-05',
          title: { ar: 'العودة لاستلام شهادة الميلاد وسداد الرسم', en: 'Return to pay for and collect the birth certificate' },
          channel: 'counter',
          entityId: 'MOI',
          visitRequired: true,
          documentIds: ['doc.national_id'],
          waitingMinutes: 30,
          handlingMinutes: 10,
          fee: 20,
          emotion: -1,
          painPoints: [
            { id: 'nb-pp-04', text: { ar: 'زيارة ثانية لاستلام ورقة واحدة', en: 'A second visit to collect one sheet of paper' } },
          ],
        },
      ],
    },
    {
      id: 'id-card',
      title: { ar: 'البطاقة الشخصية', en: 'ID card' },
      steps: [
        {
          id: 'nb-06',
          title: { ar: 'تقديم طلب البطاقة الشخصية مع صورة الطفل', en: "Apply for the child's ID card with a photo" },
          channel: 'counter',
          entityId: 'MOI',
          visitRequired: true,
          documentIds: ['doc.birth_certificate', 'doc.personal_photo', 'doc.national_id'],
          waitingMinutes: 35,
          handlingMinutes: 10,
          fee: 100,
          emotion: -1,
        },
        {
          id: 'nb-07',
          title: { ar: 'استلام البطاقة الشخصية', en: 'Collect the ID card' },
          channel: 'counter',
          entityId: 'MOI',
          visitRequired: true,
          documentIds: ['doc.national_id'],
          waitingMinutes: 20,
          handlingMinutes: 5,
          emotion: 0,
        },
      ],
    },
    {
      id: 'health',
      title: { ar: 'الرعاية الصحية', en: 'Health care' },
      steps: [
        {
          id: 'nb-08',
          title: { ar: 'تسجيل الطفل في المركز الصحي', en: 'Register the child at the health centre' },
          channel: 'counter',
          entityId: 'MOH',
          visitRequired: true,
          documentIds: ['doc.birth_certificate', 'doc.national_id'],
          waitingMinutes: 30,
          handlingMinutes: 10,
          emotion: -1,
          painPoints: [
            {
              id: 'nb-pp-05',
              text: { ar: 'التطعيم الأول يتأخر حتى يُفتح الملف الصحي', en: 'The first vaccination waits until the health file is opened' },
            },
          ],
        },
      ],
    },
  ],
} satisfies JourneyMapInput;

/**
 * The to-be design: the birth is registered once from the hospital (app), the
 * certificate and ID card follow without visits, the health file opens itself.
 */
export const newbornToBe = {
  journeyId: 'newborn',
  version: 'to_be',
  serviceCodes: ['MOI-CR-001', 'MOI-CR-002', 'MOI-ID-001'],
  title: { ar: 'تسجيل مولود جديد', en: 'Registering a newborn' },
  currency: 'QAR',
  stages: [
    {
      id: 'birth',
      title: { ar: 'الولادة والتسجيل', en: 'Birth and registration' },
      steps: [
        {
          id: 'nb-t01',
          fromStepIds: ['nb-01', 'nb-03', 'nb-05'],
          title: {
            ar: 'تسجيل المولود وطلب شهادة الميلاد من التطبيق بإشعار معبأ مسبقاً',
            en: 'Register the birth and order the certificate in the app, notification pre-filled',
          },
          channel: 'app',
          entityId: 'MOI',
          visitRequired: false,
          documentIds: ['doc.national_id'],
          waitingMinutes: 0,
          handlingMinutes: 10,
          fee: 20,
          emotion: 1,
        },
        {
          id: 'nb-02',
          title: {
            ar: 'إرسال إشعار الولادة إلكترونياً إلى السجل المدني',
            en: 'Birth notification sent electronically to the civil registry',
          },
          channel: 'web',
          entityId: 'HMC',
          visitRequired: false,
          waitingMinutes: 0,
          handlingMinutes: 1,
          emotion: 0,
          backstage: true,
        },
        {
          id: 'nb-04',
          title: { ar: 'تدقيق آلي للبيانات', en: 'Automated record check' },
          channel: 'web',
          entityId: 'MOI',
          visitRequired: false,
          waitingMinutes: 0,
          handlingMinutes: 5,
          emotion: 0,
          backstage: true,
        },
      ],
    },
    {
      id: 'id-card',
      title: { ar: 'البطاقة الشخصية', en: 'ID card' },
      steps: [
        {
          id: 'nb-t02',
          fromStepIds: ['nb-06', 'nb-07'],
          title: { ar: 'طلب البطاقة بصورة من التطبيق واستلامها بالبريد', en: 'Order the ID card with an app photo, delivered by mail' },
          channel: 'mail',
          entityId: 'MOI',
          visitRequired: false,
          documentIds: ['doc.personal_photo'],
          waitingMinutes: 0,
          handlingMinutes: 5,
          fee: 100,
          emotion: 1,
        },
      ],
    },
    {
      id: 'health',
      title: { ar: 'الرعاية الصحية', en: 'Health care' },
      steps: [
        {
          id: 'nb-t03',
          title: {
            ar: 'فتح الملف الصحي للطفل آلياً من السجل المدني',
            en: "Child's health file opened automatically from the civil registry",
          },
          channel: 'web',
          entityId: 'MOH',
          visitRequired: false,
          waitingMinutes: 0,
          handlingMinutes: 1,
          emotion: 0,
          backstage: true,
        },
      ],
    },
  ],
} satisfies JourneyMapInput;

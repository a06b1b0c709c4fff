import type { JourneyMapInput } from '../../workflows/journeys/journey-map.ts';

/** Priority journey 5: a citizen looking for a job (life event: job seeking for citizens). */
export const jobseekerAsIs = {
  journeyId: 'jobseeker',
  version: 'as_is',
  serviceCodes: ['MOL-JS-001'],
  title: { ar: 'البحث عن عمل للمواطنين', en: 'Job seeking for citizens' },
  currency: 'QAR',
  stages: [
    {
      id: 'register',
      title: { ar: 'التسجيل', en: 'Registration' },
      steps: [
        {
          id: 'js-01',
          title: { ar: 'إنشاء الملف المهني في البوابة', en: 'Create the professional profile on the portal' },
          channel: 'web',
          entityId: 'MOL',
          visitRequired: false,
          documentIds: ['doc.national_id', 'doc.academic_certificate', 'doc.cv'],
          waitingMinutes: 0,
          handlingMinutes: 30,
          emotion: 0,
          painPoints: [
            {
              id: 'js-pp-01',
              text: { ar: 'البوابة تطلب بيانات تملكها الحكومة أصلاً', en: 'The portal asks for data the government already holds' },
            },
          ],
        },
        {
          id: 'js-02',
          title: { ar: 'مراجعة مكتب التوظيف للتحقق من المستندات', en: 'Visit the employment office to verify documents' },
          channel: 'counter',
          entityId: 'MOL',
          visitRequired: true,
          documentIds: ['doc.national_id', 'doc.academic_certificate'],
          waitingMinutes: 40,
          handlingMinutes: 15,
          emotion: -1,
        },
      ],
    },
    {
      id: 'guidance',
      title: { ar: 'التوجيه المهني', en: 'Career guidance' },
      steps: [
        {
          id: 'js-03',
          title: { ar: 'مقابلة التوجيه المهني', en: 'Career guidance interview' },
          channel: 'counter',
          entityId: 'MOL',
          visitRequired: true,
          documentIds: ['doc.cv'],
          waitingMinutes: 30,
          handlingMinutes: 30,
          emotion: 1,
        },
        {
          id: 'js-04',
          title: { ar: 'مطابقة الملف مع الشواغر', en: 'Profile matched with vacancies' },
          channel: 'web',
          entityId: 'MOL',
          visitRequired: false,
          waitingMinutes: 0,
          handlingMinutes: 20,
          emotion: 0,
          backstage: true,
        },
      ],
    },
    {
      id: 'hiring',
      title: { ar: 'التعيين', en: 'Hiring' },
      steps: [
        {
          id: 'js-05',
          title: { ar: 'إبلاغ المتعامل بموعد المقابلة هاتفياً', en: 'Interview date given by phone' },
          channel: 'phone',
          entityId: 'MOL',
          visitRequired: false,
          waitingMinutes: 0,
          handlingMinutes: 5,
          emotion: 1,
          painPoints: [
            {
              id: 'js-pp-02',
              text: { ar: 'لا إشعار مكتوب ولا متابعة لحالة الطلب', en: 'No written notice and no way to follow the application' },
            },
          ],
        },
        {
          id: 'js-06',
          title: { ar: 'تسجيل عقد العمل بعد العرض', en: 'Register the employment contract after the offer' },
          channel: 'counter',
          entityId: 'MOL',
          visitRequired: true,
          documentIds: ['doc.national_id', 'doc.academic_certificate'],
          waitingMinutes: 35,
          handlingMinutes: 20,
          emotion: 0,
        },
      ],
    },
  ],
} satisfies JourneyMapInput;

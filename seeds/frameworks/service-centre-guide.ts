import type { FrameworkInput } from '../../workflows/excellence/framework-schema.ts';
import { excellenceBands } from './excellence-bands.ts';

const both = undefined;
const onPremises = ['on_premises_centre'];
const remote = ['remote_channels'];

/**
 * A service-centre evaluation guide with two models in one tree: nodes marked for
 * on-premises centres or for remote channels (website, app, call centre) apply only to
 * that model, and the tree is rescaled per model. The star rating mixes the assessment
 * (35%) with customer feedback (65%).
 */
export const serviceCentreGuide: FrameworkInput = {
  schemaVersion: 1,
  code: 'service-centre-guide',
  version: 1,
  name: { ar: 'دليل تقييم مراكز الخدمة', en: 'Service Centre Evaluation Guide' },
  description: {
    ar: 'تقييم مراكز الخدمة الحضورية وقنوات الخدمة عن بُعد والتصنيف بالنجوم من نجمة إلى سبع نجوم.',
    en: 'Evaluation of on-premises service centres and remote service channels, with a star rating from one to seven stars.',
  },
  mode: 'percent',
  entityTypes: [
    { code: 'on_premises_centre', name: { ar: 'مركز خدمة حضوري', en: 'On-premises service centre' } },
    { code: 'remote_channels', name: { ar: 'قنوات الخدمة عن بُعد', en: 'Remote service channels' } },
  ],
  scoring: {
    defaultMethod: 'bands',
    bands: { step: 5, bands: excellenceBands },
  },
  nodes: [
    {
      code: 'A',
      kind: 'enabler',
      weight: 15,
      name: { ar: 'سهولة الوصول', en: 'Accessibility' },
      guidance: {
        ar: 'مدى سهولة وصول المتعامل إلى الخدمة في المكان والوقت المناسبين.',
        en: 'How easily customers reach the service where and when they need it.',
      },
      children: [
        {
          code: 'A1',
          kind: 'enabler',
          weight: 35,
          applicability: onPremises,
          name: { ar: 'الموقع واللوحات الإرشادية', en: 'Location and signage' },
          guidance: {
            ar: 'موقع مركز الخدمة ومواقف السيارات واللوحات الإرشادية وسهولة دخول أصحاب الهمم.',
            en: 'Centre location, parking, signage and step-free access.',
          },
        },
        {
          code: 'A2',
          kind: 'enabler',
          weight: 30,
          applicability: both,
          name: { ar: 'ساعات العمل والحجز المسبق', en: 'Opening hours and booking' },
          guidance: {
            ar: 'ساعات العمل المعلنة وإمكانية حجز موعد عبر أكثر من قناة.',
            en: 'Published opening hours and booking an appointment through several channels.',
          },
        },
        {
          code: 'A3',
          kind: 'enabler',
          weight: 35,
          applicability: remote,
          name: { ar: 'إتاحة القنوات الرقمية', en: 'Digital channel availability' },
          guidance: {
            ar: 'توفر الموقع الإلكتروني والتطبيق ومركز الاتصال على مدار الساعة ودعم اللغتين.',
            en: 'Website, app and call centre available around the clock, in Arabic and English.',
          },
        },
      ],
    },
    {
      code: 'B',
      kind: 'enabler',
      weight: 25,
      name: { ar: 'جودة الخدمة', en: 'Quality of service' },
      guidance: { ar: 'دقة الخدمة وسرعتها ولباقة مقدميها.', en: 'Accuracy, speed and courtesy of the service.' },
      children: [
        {
          code: 'B1',
          kind: 'enabler',
          weight: 40,
          name: { ar: 'معرفة الموظفين ولباقتهم', en: 'Staff knowledge and courtesy' },
          guidance: {
            ar: 'إلمام الموظف بالخدمة وتعامله اللبق مع المتعامل حضورياً أو عبر الهاتف.',
            en: 'Staff know the service and treat customers courteously, in person or by phone.',
          },
        },
        {
          code: 'B2',
          kind: 'enabler',
          weight: 30,
          name: { ar: 'إنجاز المعاملة من المرة الأولى', en: 'Right first time' },
          guidance: {
            ar: 'إنجاز المعاملة كاملة دون الحاجة إلى مراجعة أخرى.',
            en: 'The transaction is completed without a second visit or contact.',
          },
        },
        {
          code: 'B3',
          kind: 'enabler',
          weight: 30,
          name: { ar: 'الالتزام بزمن الخدمة', en: 'Meeting service times' },
          guidance: {
            ar: 'متوسط زمن الانتظار وزمن الإنجاز مقارنة باتفاقية مستوى الخدمة.',
            en: 'Average waiting and completion times against the service-level agreement.',
          },
        },
      ],
    },
    {
      code: 'C',
      kind: 'enabler',
      weight: 7.5,
      applicability: onPremises,
      weightOverrides: { on_premises_centre: 15 },
      name: { ar: 'بيئة مركز الخدمة', en: 'Centre environment' },
      guidance: { ar: 'راحة المتعامل داخل مركز الخدمة.', en: 'Customer comfort inside the centre.' },
      children: [
        {
          code: 'C1',
          kind: 'enabler',
          weight: 50,
          name: { ar: 'النظافة والراحة', en: 'Cleanliness and comfort' },
          guidance: { ar: 'نظافة المكان ودرجة الحرارة والمقاعد والمرافق.', en: 'Cleanliness, temperature, seating and facilities.' },
        },
        {
          code: 'C2',
          kind: 'enabler',
          weight: 50,
          name: { ar: 'منطقة الانتظار وإدارة الطوابير', en: 'Waiting area and queue management' },
          guidance: {
            ar: 'نظام الأرقام وشاشات العرض وأولوية كبار المواطنين وأصحاب الهمم.',
            en: 'Ticketing, display screens and priority for senior citizens and people of determination.',
          },
        },
      ],
    },
    {
      code: 'D',
      kind: 'enabler',
      weight: 7.5,
      applicability: remote,
      weightOverrides: { remote_channels: 15 },
      name: { ar: 'تجربة القنوات الرقمية', en: 'Digital channel experience' },
      guidance: { ar: 'سهولة استخدام القنوات عن بُعد وموثوقيتها.', en: 'Ease of use and reliability of the remote channels.' },
      children: [
        {
          code: 'D1',
          kind: 'enabler',
          weight: 35,
          name: { ar: 'الموقع الإلكتروني', en: 'Website' },
          guidance: {
            ar: 'وضوح المعلومات وسرعة التحميل وإتمام الخدمة دون أخطاء.',
            en: 'Clear information, fast pages and completing the service without errors.',
          },
        },
        {
          code: 'D2',
          kind: 'enabler',
          weight: 35,
          name: { ar: 'التطبيق الذكي', en: 'Mobile app' },
          guidance: {
            ar: 'سهولة الدخول وتوفر الخدمات الأكثر طلباً والإشعارات بحالة الطلب.',
            en: 'Easy sign-in, the most requested services available, and status notifications.',
          },
        },
        {
          code: 'D3',
          kind: 'enabler',
          weight: 30,
          name: { ar: 'مركز الاتصال', en: 'Call centre' },
          guidance: {
            ar: 'سرعة الرد ووضوح قائمة الخيارات وحل الاستفسار من الاتصال الأول.',
            en: 'Quick answer, a clear menu and resolution on the first call.',
          },
        },
      ],
    },
    {
      code: 'E',
      kind: 'enabler',
      weight: 15,
      name: { ar: 'إدارة المتعاملين', en: 'Customer management' },
      guidance: {
        ar: 'معرفة المتعاملين واحتياجاتهم ومتابعة طلباتهم.',
        en: 'Knowing customers and their needs, and following up their requests.',
      },
      children: [
        {
          code: 'E1',
          kind: 'enabler',
          weight: 50,
          name: { ar: 'بيانات المتعاملين والمواعيد', en: 'Customer data and appointments' },
          guidance: {
            ar: 'استخدام بيانات المواعيد والطوابير لتخطيط أعداد الموظفين.',
            en: 'Using appointment and queue data to plan staffing.',
          },
        },
        {
          code: 'E2',
          kind: 'enabler',
          weight: 50,
          name: { ar: 'الفئات ذات الأولوية', en: 'Priority customers' },
          guidance: {
            ar: 'خدمات مخصصة لأصحاب الهمم وكبار المواطنين.',
            en: 'Tailored service for people of determination and senior citizens.',
          },
        },
      ],
    },
    {
      code: 'F',
      kind: 'enabler',
      weight: 15,
      name: { ar: 'الإجراءات', en: 'Procedures' },
      guidance: { ar: 'وضوح إجراءات الخدمة وتوثيقها وتبسيطها.', en: 'Clear, documented and simplified service procedures.' },
      children: [
        {
          code: 'F1',
          kind: 'enabler',
          weight: 50,
          name: { ar: 'إجراءات موثقة ومعلنة', en: 'Documented and published procedures' },
          guidance: {
            ar: 'المتطلبات والرسوم والمدة معلنة للمتعامل بشكل موحد في كل القنوات.',
            en: 'Requirements, fees and duration published the same way on every channel.',
          },
        },
        {
          code: 'F2',
          kind: 'enabler',
          weight: 50,
          name: { ar: 'تبسيط الإجراءات', en: 'Simplified procedures' },
          guidance: {
            ar: 'تقليل الخطوات والمستندات المطلوبة والربط مع الجهات الأخرى.',
            en: 'Fewer steps and documents, and data shared with other entities.',
          },
        },
      ],
    },
    {
      code: 'G',
      kind: 'enabler',
      weight: 15,
      name: { ar: 'التعامل مع الملاحظات والشكاوى', en: 'Feedback handling' },
      guidance: { ar: 'استقبال الملاحظات والشكاوى والاستفادة منها.', en: 'Receiving feedback and complaints and learning from them.' },
      children: [
        {
          code: 'G1',
          kind: 'enabler',
          weight: 60,
          name: { ar: 'استقبال الشكاوى وحلها', en: 'Receiving and resolving complaints' },
          guidance: {
            ar: 'قنوات متعددة لتقديم الشكوى وإغلاقها خلال المدة المحددة وإبلاغ المتعامل.',
            en: 'Several channels to complain, closure within the set time, and the customer kept informed.',
          },
        },
        {
          code: 'G2',
          kind: 'enabler',
          weight: 40,
          name: { ar: 'التحسين بناءً على الملاحظات', en: 'Improving from feedback' },
          guidance: {
            ar: 'تحليل السبب الجذري وتنفيذ فرص التحسين ومتابعة مؤشر الرضا.',
            en: 'Root-cause analysis, acting on areas for improvement, and tracking the satisfaction index.',
          },
        },
      ],
    },
  ],
  maturityLevels: [],
  classification: {
    kind: 'stars',
    composite: [
      { source: 'assessment', name: { ar: 'تقييم المقيّمين', en: 'Assessor evaluation' }, weight: 35 },
      { source: 'customer_feedback', name: { ar: 'آراء المتعاملين', en: 'Customer feedback' }, weight: 65 },
    ],
    tiers: [
      { code: '1_star', stars: 1, minPercent: 0, name: { ar: 'نجمة واحدة', en: 'One star' } },
      { code: '2_stars', stars: 2, minPercent: 30, name: { ar: 'نجمتان', en: 'Two stars' } },
      { code: '3_stars', stars: 3, minPercent: 45, name: { ar: 'ثلاث نجوم', en: 'Three stars' } },
      { code: '4_stars', stars: 4, minPercent: 60, name: { ar: 'أربع نجوم', en: 'Four stars' } },
      { code: '5_stars', stars: 5, minPercent: 70, name: { ar: 'خمس نجوم', en: 'Five stars' } },
      {
        code: '6_stars',
        stars: 6,
        minPercent: 80,
        name: { ar: 'ست نجوم', en: 'Six stars' },
        pillarMinimums: [{ pillar: 'B', minPercent: 70 }],
      },
      {
        code: '7_stars',
        stars: 7,
        minPercent: 90,
        name: { ar: 'سبع نجوم', en: 'Seven stars' },
        pillarMinimums: [
          { pillar: 'B', minPercent: 85 },
          { pillar: 'G', minPercent: 80 },
        ],
      },
    ],
  },
  independenceRequired: true,
  feedbackShowsRawScores: true,
  consensusSpreadThreshold: 15,
};

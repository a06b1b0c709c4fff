import type { FrameworkInput } from '../../workflows/excellence/framework-schema.ts';
import { excellenceBands } from './excellence-bands.ts';

/**
 * A government excellence model written for Tamayuz: four pillars, 1000 points, enablers
 * scored on approach / deployment / assessment and refinement, results on relevance /
 * performance / trends / targets / comparisons. Service design applies only to entities
 * that deliver services to customers; for the others its points go to the rest of pillar 2.
 */
export const governmentExcellenceModel: FrameworkInput = {
  schemaVersion: 1,
  code: 'gov-excellence',
  version: 1,
  name: { ar: 'نموذج التميز الحكومي', en: 'Government Excellence Model' },
  description: {
    ar: 'معايير جودة الأداء الحكومي التي تُقيَّم عليها الجهات الحكومية في كل دورة تقييم.',
    en: 'Standards for the quality of government performance against which entities are assessed in each evaluation cycle.',
  },
  mode: 'points',
  totalPoints: 1000,
  entityTypes: [
    { code: 'service_entity', name: { ar: 'جهة حكومية مقدمة للخدمات', en: 'Service-delivering entity' } },
    { code: 'policy_entity', name: { ar: 'جهة حكومية تنظيمية', en: 'Policy and regulatory entity' } },
  ],
  scoring: {
    defaultMethod: 'attributes',
    bands: { step: 5, bands: excellenceBands },
    attributes: {
      enabler: [
        {
          code: 'approach',
          name: { ar: 'المنهجية', en: 'Approach' },
          weight: 40,
          guidance: {
            ar: 'هل المنهجية واضحة ومبنية على أسس سليمة ومرتبطة بالاستراتيجية؟',
            en: 'Is the approach clear, sound and linked to the strategy?',
          },
        },
        {
          code: 'deployment',
          name: { ar: 'التطبيق', en: 'Deployment' },
          weight: 30,
          guidance: {
            ar: 'هل طُبقت المنهجية في جميع الوحدات ذات الصلة وبشكل منتظم؟',
            en: 'Is the approach applied in every relevant unit, systematically?',
          },
        },
        {
          code: 'assessment_refinement',
          name: { ar: 'التقييم والتحسين', en: 'Assessment and refinement' },
          weight: 30,
          guidance: {
            ar: 'هل تُقاس فاعلية المنهجية وتُحسَّن بناءً على التعلم والمقارنة؟',
            en: 'Is the approach measured and improved through learning and comparison?',
          },
        },
      ],
      result: [
        {
          code: 'relevance',
          name: { ar: 'الملاءمة', en: 'Relevance' },
          weight: 20,
          guidance: {
            ar: 'هل تغطي المؤشرات ما يهم المتعاملين والجهة؟',
            en: 'Do the indicators cover what matters to customers and the entity?',
          },
        },
        {
          code: 'performance',
          name: { ar: 'الأداء', en: 'Performance' },
          weight: 30,
          guidance: {
            ar: 'ما مستوى الأداء الحالي في مؤشرات الأداء الرئيسية؟',
            en: 'How good is current performance on the key performance indicators?',
          },
        },
        {
          code: 'trends',
          name: { ar: 'الاتجاهات', en: 'Trends' },
          weight: 20,
          guidance: { ar: 'هل تتحسن النتائج على مدى ثلاث سنوات على الأقل؟', en: 'Have results improved over at least three years?' },
        },
        {
          code: 'targets',
          name: { ar: 'المستهدفات', en: 'Targets' },
          weight: 15,
          guidance: { ar: 'هل المستهدفات طموحة وتحققت؟', en: 'Are targets ambitious, and were they met?' },
        },
        {
          code: 'comparisons',
          name: { ar: 'المقارنات', en: 'Comparisons' },
          weight: 15,
          guidance: {
            ar: 'كيف تقارن النتائج بجهات مماثلة محلياً ودولياً؟',
            en: 'How do results compare with similar entities at home and abroad?',
          },
        },
      ],
    },
  },
  nodes: [
    {
      code: '1',
      kind: 'enabler',
      weight: 200,
      name: { ar: 'القيادة والرؤية', en: 'Leadership and vision' },
      guidance: {
        ar: 'كيف تحدد القيادة التوجه وتقود الجهة نحو تحقيقه.',
        en: 'How leadership sets the direction and leads the entity towards it.',
      },
      children: [
        {
          code: '1.1',
          kind: 'enabler',
          weight: 100,
          name: { ar: 'القيادة والتوجيه', en: 'Leadership and direction' },
          children: [
            {
              code: '1.1.1',
              kind: 'enabler',
              weight: 50,
              name: { ar: 'تحديد الرؤية والقيم', en: 'Setting vision and values' },
              guidance: {
                ar: 'الأدلة والشواهد على مشاركة القيادة في صياغة الرؤية والقيم وتعميمها على الموظفين.',
                en: 'Evidence that leaders shape the vision and values and share them with staff.',
              },
            },
            {
              code: '1.1.2',
              kind: 'enabler',
              weight: 50,
              name: { ar: 'إشراك الموظفين والشركاء', en: 'Engaging staff and partners' },
              guidance: {
                ar: 'كيف تتواصل القيادة مع الموظفين والشركاء وتستمع إليهم وتتابع التزاماتها.',
                en: 'How leaders communicate with, listen to and follow up with staff and partners.',
              },
            },
          ],
        },
        {
          code: '1.2',
          kind: 'enabler',
          weight: 100,
          name: { ar: 'الاستراتيجية والتخطيط', en: 'Strategy and planning' },
          children: [
            {
              code: '1.2.1',
              kind: 'enabler',
              weight: 50,
              name: { ar: 'استراتيجية مبنية على الأدلة', en: 'Evidence-based strategy' },
              guidance: {
                ar: 'تحليل الوضع الراهن واحتياجات المتعاملين والمخاطر قبل تحديد الأولويات.',
                en: 'Analysis of the current state, customer needs and risks before choosing priorities.',
              },
            },
            {
              code: '1.2.2',
              kind: 'enabler',
              weight: 50,
              name: { ar: 'ترجمة الاستراتيجية إلى خطط ومؤشرات', en: 'Turning strategy into plans and indicators' },
              guidance: {
                ar: 'خطة العمل السنوية ومؤشرات الأداء الرئيسية ومتابعتها على مستوى كل إدارة.',
                en: 'The annual action plan, key performance indicators and their follow-up in every department.',
              },
            },
          ],
        },
      ],
    },
    {
      code: '2',
      kind: 'enabler',
      weight: 250,
      name: { ar: 'الخدمات والمتعاملون', en: 'Services and customers' },
      guidance: {
        ar: 'كيف تصمم الجهة خدماتها وتقدمها وتدير تجربة المتعاملين.',
        en: 'How the entity designs and delivers its services and manages the customer experience.',
      },
      children: [
        {
          code: '2.1',
          kind: 'enabler',
          weight: 150,
          applicability: ['service_entity'],
          name: { ar: 'تصميم الخدمات وتقديمها', en: 'Service design and delivery' },
          children: [
            {
              code: '2.1.1',
              kind: 'enabler',
              weight: 75,
              name: { ar: 'التصميم المشترك مع المتعاملين', en: 'Co-design with customers' },
              guidance: {
                ar: 'ورشة التصميم المشترك وإعادة هندسة رحلة المتعامل بمشاركة المتعاملين والجهات الشريكة.',
                en: 'Co-design workshops and customer journey re-engineering with customers and partner entities.',
              },
            },
            {
              code: '2.1.2',
              kind: 'enabler',
              weight: 75,
              name: { ar: 'القنوات والتحول الرقمي', en: 'Channels and digital delivery' },
              guidance: {
                ar: 'تكامل القنوات الحضورية والرقمية، واتفاقية مستوى الخدمة مع الجهات الشريكة.',
                en: 'Joined-up physical and digital channels, and service-level agreements with partner entities.',
              },
            },
          ],
        },
        {
          code: '2.2',
          kind: 'enabler',
          weight: 100,
          name: { ar: 'تجربة المتعاملين', en: 'Customer experience' },
          children: [
            {
              code: '2.2.1',
              kind: 'enabler',
              weight: 50,
              name: { ar: 'فهم احتياجات المتعاملين', en: 'Understanding customers' },
              guidance: {
                ar: 'شرائح المتعاملين، واستطلاعات ما بعد المعاملة، ومؤشر الرضا.',
                en: 'Customer segments, post-transaction surveys and the satisfaction index.',
              },
            },
            {
              code: '2.2.2',
              kind: 'enabler',
              weight: 50,
              name: { ar: 'إدارة الشكاوى والملاحظات', en: 'Complaints and feedback' },
              guidance: {
                ar: 'تحليل كل شكوى للوصول إلى السبب الجذري وتحويل النتائج إلى تحسينات.',
                en: 'Analysing every complaint for its root cause and turning findings into improvements.',
              },
            },
          ],
        },
      ],
    },
    {
      code: '3',
      kind: 'enabler',
      weight: 200,
      name: { ar: 'الموارد البشرية والموارد والابتكار', en: 'People, resources and innovation' },
      guidance: {
        ar: 'كيف تبني الجهة قدرات موظفيها وتدير مواردها ومعرفتها وتبتكر.',
        en: 'How the entity builds its people, manages resources and knowledge, and innovates.',
      },
      children: [
        {
          code: '3.1',
          kind: 'enabler',
          weight: 100,
          name: { ar: 'الموارد البشرية', en: 'People' },
          children: [
            {
              code: '3.1.1',
              kind: 'enabler',
              weight: 50,
              name: { ar: 'بناء القدرات', en: 'Building capability' },
              guidance: {
                ar: 'تخطيط الكفاءات والتدريب والتطوير المهني المرتبط بالاستراتيجية.',
                en: 'Competency planning, training and development linked to the strategy.',
              },
            },
            {
              code: '3.1.2',
              kind: 'enabler',
              weight: 50,
              name: { ar: 'التحفيز والسعادة الوظيفية', en: 'Engagement and wellbeing' },
              guidance: {
                ar: 'التقدير والتمكين وقياس رضا الموظفين والعمل على نتائجه.',
                en: 'Recognition, empowerment, and measuring and acting on staff satisfaction.',
              },
            },
          ],
        },
        {
          code: '3.2',
          kind: 'enabler',
          weight: 50,
          name: { ar: 'الموارد والمعرفة', en: 'Resources and knowledge' },
          guidance: {
            ar: 'إدارة الموارد المالية والتقنية والمعرفة المؤسسية بكفاءة.',
            en: 'Efficient management of financial and technical resources and organisational knowledge.',
          },
        },
        {
          code: '3.3',
          kind: 'enabler',
          weight: 50,
          name: { ar: 'الابتكار', en: 'Innovation' },
          guidance: { ar: 'منهجية لتوليد الأفكار وتجربتها وتعميم الناجح منها.', en: 'A way to generate, test and scale ideas.' },
        },
      ],
    },
    {
      code: '4',
      kind: 'result',
      weight: 350,
      name: { ar: 'النتائج', en: 'Results' },
      guidance: {
        ar: 'ما تحققه الجهة للمتعاملين والموظفين والمجتمع وفي أدائها الرئيسي.',
        en: 'What the entity achieves for customers, staff, society and in its key performance.',
      },
      children: [
        {
          code: '4.1',
          kind: 'result',
          weight: 100,
          name: { ar: 'نتائج المتعاملين', en: 'Customer results' },
          guidance: { ar: 'مؤشر الرضا ونسبة الشكاوى المغلقة في الوقت المحدد.', en: 'Satisfaction index and complaints closed on time.' },
        },
        {
          code: '4.2',
          kind: 'result',
          weight: 75,
          name: { ar: 'نتائج الموظفين', en: 'People results' },
          guidance: { ar: 'رضا الموظفين والاستبقاء والتدريب.', en: 'Staff satisfaction, retention and training.' },
        },
        {
          code: '4.3',
          kind: 'result',
          weight: 75,
          name: { ar: 'نتائج المجتمع', en: 'Society results' },
          guidance: { ar: 'الأثر على المجتمع والاستدامة والشراكات.', en: 'Impact on society, sustainability and partnerships.' },
        },
        {
          code: '4.4',
          kind: 'result',
          weight: 100,
          name: { ar: 'نتائج الأداء الرئيسية', en: 'Key performance results' },
          guidance: {
            ar: 'تحقيق مستهدفات مؤشرات الأداء الرئيسية الاستراتيجية والتشغيلية.',
            en: 'Meeting strategic and operational key performance indicator targets.',
          },
        },
      ],
    },
  ],
  maturityLevels: [
    { code: 'starting', minPercent: 0, name: { ar: 'بداية', en: 'Starting' } },
    { code: 'developing', minPercent: 30, name: { ar: 'قيد التطوير', en: 'Developing' } },
    { code: 'established', minPercent: 50, name: { ar: 'راسخ', en: 'Established' } },
    { code: 'advanced', minPercent: 70, name: { ar: 'متقدم', en: 'Advanced' } },
    { code: 'leading', minPercent: 85, name: { ar: 'ريادي', en: 'Leading' } },
  ],
  classification: {
    kind: 'medals',
    tiers: [
      { code: 'silver', name: { ar: 'الفئة الفضية', en: 'Silver' }, minPercent: 60 },
      {
        code: 'gold',
        name: { ar: 'الفئة الذهبية', en: 'Gold' },
        minPercent: 70,
        pillarMinimums: ['1', '2', '3', '4'].map((pillar) => ({ pillar, minPercent: 60 })),
      },
      {
        code: 'platinum',
        name: { ar: 'الفئة البلاتينية', en: 'Platinum' },
        minPercent: 80,
        pillarMinimums: ['1', '2', '3', '4'].map((pillar) => ({ pillar, minPercent: 70 })),
      },
    ],
  },
  independenceRequired: true,
  feedbackShowsRawScores: false,
  consensusSpreadThreshold: 20,
};

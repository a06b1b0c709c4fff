import type { Band } from '../../workflows/excellence/framework-schema.ts';

/** The six score bands shared by the seeded frameworks (steps of 5 from 0 to 100). */
export const excellenceBands: Band[] = [
  {
    min: 0,
    max: 5,
    label: { ar: 'لا توجد أدلة', en: 'No evidence' },
    description: { ar: 'لا توجد أدلة وشواهد على وجود منهجية أو نتائج.', en: 'No evidence of an approach or of results.' },
  },
  {
    min: 10,
    max: 25,
    label: { ar: 'بداية', en: 'Starting' },
    description: {
      ar: 'أدلة محدودة؛ الممارسة موجودة في أجزاء قليلة وغير منتظمة.',
      en: 'Limited evidence; practice exists in a few places and is not systematic.',
    },
  },
  {
    min: 30,
    max: 45,
    label: { ar: 'قيد التطوير', en: 'Developing' },
    description: {
      ar: 'منهجية واضحة مطبقة في بعض المجالات مع مراجعة أولية.',
      en: 'A clear approach applied in some areas, with early review.',
    },
  },
  {
    min: 50,
    max: 65,
    label: { ar: 'راسخ', en: 'Established' },
    description: {
      ar: 'منهجية متكاملة مطبقة في معظم المجالات وتتم مراجعتها بانتظام.',
      en: 'An integrated approach applied in most areas and reviewed regularly.',
    },
  },
  {
    min: 70,
    max: 85,
    label: { ar: 'متقدم', en: 'Advanced' },
    description: {
      ar: 'تطبيق شامل وتحسين مستمر مبني على القياس والمقارنة.',
      en: 'Comprehensive deployment and continuous improvement based on measurement and comparison.',
    },
  },
  {
    min: 90,
    max: 100,
    label: { ar: 'ريادي', en: 'Role model' },
    description: {
      ar: 'ممارسة رائدة يُحتذى بها على مستوى الحكومة وخارجها.',
      en: 'A leading practice that others in and beyond government learn from.',
    },
  },
];

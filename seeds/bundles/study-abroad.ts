import type { Bundle } from '../../workflows/bundles/bundle.ts';

/** Study abroad. */
export const studyAbroadBundle: Bundle = {
  id: 'bundle.study_abroad',
  lifeEvent: 'study_abroad',
  name: { ar: 'باقة خدمات الدراسة في الخارج', en: 'Study abroad bundle' },
  trigger: { description: { ar: 'قبول الطالب في جامعة خارج الدولة', en: 'A student is admitted to a university abroad' } },
  eligibility: [
    { ar: 'طالب مواطن حاصل على قبول جامعي', en: 'A citizen student holding a university admission' },
    { ar: 'جامعة ضمن قائمة الجامعات المعتمدة', en: 'A university on the recognised list' },
  ],
  participatingEntities: ['MOHE', 'MOI', 'MOFA', 'MOH'],
  governanceGroup: {
    name: { ar: 'فريق حوكمة باقة الدراسة في الخارج', en: 'Study abroad bundle governance group' },
    chair: 'MOHE',
    members: ['MOI', 'MOFA', 'MOH'],
  },
  documents: [
    { id: 'passport', name: { ar: 'جواز السفر', en: 'Passport' }, kind: 'document', issuedBy: 'MOI' },
    { id: 'admission-letter', name: { ar: 'خطاب القبول الجامعي', en: 'University admission letter' }, kind: 'document' },
    {
      id: 'school-certificate',
      name: { ar: 'شهادة الثانوية العامة', en: 'Secondary school certificate' },
      kind: 'document',
      issuedBy: 'MOE',
    },
    { id: 'medical-report', name: { ar: 'التقرير الطبي', en: 'Medical report' }, kind: 'document', issuedBy: 'MOH' },
  ],
  services: [
    {
      id: 'scholarship',
      name: { ar: 'طلب البعثة الدراسية', en: 'Scholarship application' },
      providedBy: 'MOHE',
      baseline: { steps: 4, visits: 2, fees: 0, typicalDays: 30, channels: ['service_centre', 'website'] },
      requiredDocumentIds: ['passport', 'admission-letter', 'school-certificate', 'medical-report'],
      parallelGroup: 1,
    },
    {
      id: 'certificate-attestation',
      name: { ar: 'تصديق الشهادات', en: 'Certificate attestation' },
      providedBy: 'MOFA',
      baseline: { steps: 2, visits: 1, fees: 50, typicalDays: 3, channels: ['service_centre'] },
      requiredDocumentIds: ['school-certificate'],
      parallelGroup: 1,
    },
    {
      id: 'passport-renewal',
      name: { ar: 'تجديد جواز السفر', en: 'Passport renewal' },
      providedBy: 'MOI',
      baseline: { steps: 2, visits: 1, fees: 100, typicalDays: 5, channels: ['service_centre', 'kiosk'] },
      requiredDocumentIds: ['passport'],
      parallelGroup: 1,
    },
    {
      id: 'student-medical-check',
      name: { ar: 'الفحص الطبي للطلاب المبتعثين', en: 'Medical check for scholarship students' },
      providedBy: 'MOH',
      baseline: { steps: 2, visits: 1, fees: 0, typicalDays: 4, channels: ['service_centre'] },
      requiredDocumentIds: ['passport'],
      parallelGroup: 1,
    },
  ],
  designs: [],
};

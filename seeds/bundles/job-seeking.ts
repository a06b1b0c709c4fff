import type { Bundle } from '../../workflows/bundles/bundle.ts';

/** Job seeking for citizens. */
export const jobSeekingBundle: Bundle = {
  id: 'bundle.job_seeking',
  lifeEvent: 'job_seeking',
  name: { ar: 'باقة خدمات الباحثين عن عمل من المواطنين', en: 'Job seeking for citizens bundle' },
  trigger: {
    description: {
      ar: 'تخرج المواطن أو انتهاء خدمته وتسجيله باحثاً عن عمل',
      en: 'A citizen graduates or leaves a job and registers as a job seeker',
    },
    signalledBy: 'MOL',
  },
  eligibility: [
    { ar: 'مواطن في سن العمل', en: 'A citizen of working age' },
    { ar: 'غير مسجل على رأس عمل', en: 'Not currently registered as employed' },
  ],
  participatingEntities: ['MOL', 'MOI', 'MOHE', 'MOSD', 'GRSIA'],
  governanceGroup: {
    name: { ar: 'فريق حوكمة باقة الباحثين عن عمل', en: 'Job seeking bundle governance group' },
    chair: 'MOL',
    members: ['MOI', 'MOHE', 'MOSD', 'GRSIA'],
  },
  documents: [
    { id: 'national-id', name: { ar: 'البطاقة الشخصية', en: 'National ID card' }, kind: 'document', issuedBy: 'MOI' },
    { id: 'academic-certificate', name: { ar: 'الشهادة الدراسية', en: 'Academic certificate' }, kind: 'document', issuedBy: 'MOHE' },
    { id: 'cv', name: { ar: 'السيرة الذاتية', en: 'CV' }, kind: 'document' },
    { id: 'service-end-letter', name: { ar: 'شهادة انتهاء الخدمة', en: 'End-of-service letter' }, kind: 'document', issuedBy: 'GRSIA' },
    { id: 'iban', name: { ar: 'رقم الحساب البنكي', en: 'Bank account number (IBAN)' }, kind: 'data' },
  ],
  services: [
    {
      id: 'job-seeker-registration',
      name: { ar: 'التسجيل كباحث عن عمل', en: 'Job seeker registration' },
      providedBy: 'MOL',
      baseline: { steps: 3, visits: 1, fees: 0, typicalDays: 3, channels: ['service_centre', 'website'] },
      requiredDocumentIds: ['national-id', 'academic-certificate', 'cv'],
      parallelGroup: 1,
    },
    {
      id: 'certificate-equivalence',
      name: { ar: 'معادلة الشهادة الدراسية', en: 'Certificate equivalence' },
      providedBy: 'MOHE',
      baseline: { steps: 3, visits: 2, fees: 200, typicalDays: 20, channels: ['service_centre'] },
      requiredDocumentIds: ['national-id', 'academic-certificate'],
      parallelGroup: 1,
    },
    {
      id: 'job-matching',
      name: { ar: 'المواءمة مع الوظائف الشاغرة', en: 'Job matching' },
      providedBy: 'MOL',
      baseline: { steps: 2, visits: 1, fees: 0, typicalDays: 14, channels: ['service_centre'] },
      requiredDocumentIds: ['cv'],
      parallelGroup: 2,
    },
    {
      id: 'job-seeker-allowance',
      name: { ar: 'إعانة الباحث عن عمل', en: 'Job seeker allowance' },
      providedBy: 'MOSD',
      baseline: { steps: 2, visits: 1, fees: 0, typicalDays: 10, channels: ['service_centre'] },
      requiredDocumentIds: ['national-id', 'service-end-letter', 'iban'],
      parallelGroup: 2,
    },
  ],
  designs: [],
};

import type { Bundle } from '../../workflows/bundles/bundle.ts';

/** Coming to work in the country. */
export const comingToWorkBundle: Bundle = {
  id: 'bundle.coming_to_work',
  lifeEvent: 'coming_to_work',
  name: { ar: 'باقة خدمات القدوم للعمل في الدولة', en: 'Coming to work in the country bundle' },
  trigger: {
    description: { ar: 'موافقة وزارة العمل على استقدام عامل', en: 'The labour ministry approves a work visa request' },
    signalledBy: 'MOL',
  },
  eligibility: [{ ar: 'عامل وافد لديه عقد عمل مع منشأة مسجلة', en: 'An expatriate worker with a contract from a registered employer' }],
  participatingEntities: ['MOL', 'MOI', 'MOH', 'BANK'],
  governanceGroup: {
    name: { ar: 'فريق حوكمة باقة القدوم للعمل', en: 'Coming to work bundle governance group' },
    chair: 'MOL',
    members: ['MOI', 'MOH', 'BANK'],
  },
  documents: [
    { id: 'passport', name: { ar: 'جواز السفر', en: 'Passport' }, kind: 'document' },
    { id: 'employment-contract', name: { ar: 'عقد العمل', en: 'Employment contract' }, kind: 'document', issuedBy: 'MOL' },
    { id: 'photo', name: { ar: 'صورة شخصية', en: 'Personal photo' }, kind: 'document' },
    { id: 'medical-certificate', name: { ar: 'شهادة الفحص الطبي', en: 'Medical fitness certificate' }, kind: 'document', issuedBy: 'MOH' },
    { id: 'academic-certificate', name: { ar: 'الشهادة الدراسية المصدقة', en: 'Attested academic certificate' }, kind: 'document' },
    { id: 'residence-permit', name: { ar: 'رخصة الإقامة', en: 'Residence permit' }, kind: 'document', issuedBy: 'MOI' },
  ],
  services: [
    {
      id: 'work-visa',
      name: { ar: 'تأشيرة العمل', en: 'Work visa' },
      providedBy: 'MOL',
      baseline: { steps: 3, visits: 1, fees: 500, typicalDays: 10, channels: ['service_centre', 'website'] },
      requiredDocumentIds: ['passport', 'employment-contract', 'academic-certificate'],
      parallelGroup: 1,
    },
    {
      id: 'medical-examination',
      name: { ar: 'الفحص الطبي للوافدين', en: 'Medical examination for newcomers' },
      providedBy: 'MOH',
      baseline: { steps: 2, visits: 2, fees: 150, typicalDays: 5, channels: ['service_centre'] },
      requiredDocumentIds: ['passport', 'photo'],
      parallelGroup: 2,
    },
    {
      id: 'fingerprinting',
      name: { ar: 'أخذ البصمات', en: 'Fingerprinting' },
      providedBy: 'MOI',
      baseline: { steps: 1, visits: 1, fees: 0, typicalDays: 1, channels: ['service_centre'] },
      requiredDocumentIds: ['passport'],
      parallelGroup: 2,
    },
    {
      id: 'residence-permit',
      name: { ar: 'إصدار رخصة الإقامة', en: 'Residence permit issue' },
      providedBy: 'MOI',
      baseline: { steps: 2, visits: 1, fees: 500, typicalDays: 5, channels: ['service_centre'] },
      requiredDocumentIds: ['passport', 'photo', 'medical-certificate', 'employment-contract'],
      parallelGroup: 3,
    },
    {
      id: 'bank-account',
      name: { ar: 'فتح حساب بنكي لصرف الرواتب', en: 'Salary bank account' },
      providedBy: 'BANK',
      baseline: { steps: 2, visits: 1, fees: 0, typicalDays: 3, channels: ['service_centre'] },
      requiredDocumentIds: ['passport', 'residence-permit', 'employment-contract'],
      parallelGroup: 4,
    },
  ],
  designs: [],
};

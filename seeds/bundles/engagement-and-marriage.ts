import type { Bundle } from '../../workflows/bundles/bundle.ts';

/** Engagement and marriage. */
export const engagementAndMarriageBundle: Bundle = {
  id: 'bundle.engagement_and_marriage',
  lifeEvent: 'engagement_and_marriage',
  name: { ar: 'باقة خدمات الخطوبة والزواج', en: 'Engagement and marriage bundle' },
  trigger: { description: { ar: 'طلب إجراء الفحص الطبي قبل الزواج', en: 'A couple books the premarital screening' }, signalledBy: 'MOH' },
  eligibility: [{ ar: 'أحد الزوجين على الأقل مواطن', en: 'At least one of the couple is a citizen' }],
  participatingEntities: ['MOH', 'MOJ', 'MOI', 'HA', 'MOSD'],
  governanceGroup: {
    name: { ar: 'فريق حوكمة باقة الزواج', en: 'Marriage bundle governance group' },
    chair: 'MOJ',
    members: ['MOH', 'MOI', 'HA', 'MOSD'],
  },
  documents: [
    { id: 'national-id', name: { ar: 'البطاقة الشخصية للزوجين', en: "Couple's ID cards" }, kind: 'document', issuedBy: 'MOI' },
    {
      id: 'premarital-certificate',
      name: { ar: 'شهادة الفحص الطبي قبل الزواج', en: 'Premarital screening certificate' },
      kind: 'document',
      issuedBy: 'MOH',
    },
    { id: 'guardian-consent', name: { ar: 'موافقة ولي الأمر', en: "Guardian's consent" }, kind: 'document' },
    { id: 'marriage-contract', name: { ar: 'عقد الزواج', en: 'Marriage contract' }, kind: 'document', issuedBy: 'MOJ' },
    { id: 'salary-certificate', name: { ar: 'شهادة الراتب', en: 'Salary certificate' }, kind: 'document' },
  ],
  services: [
    {
      id: 'premarital-screening',
      name: { ar: 'الفحص الطبي قبل الزواج', en: 'Premarital screening' },
      providedBy: 'MOH',
      baseline: { steps: 2, visits: 2, fees: 0, typicalDays: 7, channels: ['service_centre'] },
      requiredDocumentIds: ['national-id'],
      parallelGroup: 1,
    },
    {
      id: 'marriage-registration',
      name: { ar: 'توثيق عقد الزواج', en: 'Marriage contract registration' },
      providedBy: 'MOJ',
      baseline: { steps: 3, visits: 1, fees: 50, typicalDays: 3, channels: ['service_centre'] },
      requiredDocumentIds: ['national-id', 'premarital-certificate', 'guardian-consent'],
      parallelGroup: 2,
    },
    {
      id: 'family-record',
      name: { ar: 'تحديث سجل الأسرة', en: 'Family record update' },
      providedBy: 'MOI',
      baseline: { steps: 2, visits: 1, fees: 20, typicalDays: 5, channels: ['service_centre'] },
      requiredDocumentIds: ['national-id', 'marriage-contract'],
      parallelGroup: 3,
    },
    {
      id: 'housing-application',
      name: { ar: 'طلب السكن للمتزوجين حديثاً', en: 'Housing application for newly-weds' },
      providedBy: 'HA',
      baseline: { steps: 3, visits: 2, fees: 0, typicalDays: 30, channels: ['service_centre'] },
      requiredDocumentIds: ['national-id', 'marriage-contract', 'salary-certificate'],
      parallelGroup: 3,
    },
    {
      id: 'marriage-grant',
      name: { ar: 'منحة الزواج', en: 'Marriage grant' },
      providedBy: 'MOSD',
      baseline: { steps: 2, visits: 1, fees: 0, typicalDays: 14, channels: ['service_centre'] },
      requiredDocumentIds: ['marriage-contract', 'salary-certificate'],
      parallelGroup: 3,
    },
  ],
  designs: [],
};

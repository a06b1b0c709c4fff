import type { Bundle } from '../../workflows/bundles/bundle.ts';

/** Emergencies: a home damaged by fire or flood. */
export const emergenciesBundle: Bundle = {
  id: 'bundle.emergencies',
  lifeEvent: 'emergencies',
  name: { ar: 'باقة خدمات حالات الطوارئ', en: 'Emergencies bundle' },
  trigger: {
    description: { ar: 'تسجيل بلاغ حريق أو سيول أصاب مسكناً', en: 'A fire or flood report affecting a home is registered' },
    signalledBy: 'CD',
  },
  eligibility: [{ ar: 'أسرة مقيمة في المسكن المتضرر', en: 'A household living in the affected home' }],
  participatingEntities: ['CD', 'MUN', 'MOSD', 'HA', 'MOI'],
  governanceGroup: {
    name: { ar: 'فريق حوكمة باقة الطوارئ', en: 'Emergencies bundle governance group' },
    chair: 'CD',
    members: ['MUN', 'MOSD', 'HA', 'MOI'],
  },
  documents: [
    { id: 'national-id', name: { ar: 'البطاقة الشخصية', en: 'National ID card' }, kind: 'document', issuedBy: 'MOI' },
    { id: 'incident-report', name: { ar: 'تقرير الحادث', en: 'Incident report' }, kind: 'document', issuedBy: 'CD' },
    { id: 'ownership-deed', name: { ar: 'سند الملكية أو عقد الإيجار', en: 'Title deed or lease' }, kind: 'document', issuedBy: 'MUN' },
    { id: 'damage-photos', name: { ar: 'صور الأضرار', en: 'Photos of the damage' }, kind: 'document' },
  ],
  services: [
    {
      id: 'incident-certificate',
      name: { ar: 'شهادة وقوع الحادث', en: 'Incident certificate' },
      providedBy: 'CD',
      baseline: { steps: 2, visits: 1, fees: 0, typicalDays: 3, channels: ['service_centre'] },
      requiredDocumentIds: ['national-id'],
      parallelGroup: 1,
    },
    {
      id: 'damage-assessment',
      name: { ar: 'معاينة الأضرار', en: 'Damage assessment' },
      providedBy: 'MUN',
      baseline: { steps: 3, visits: 1, fees: 0, typicalDays: 7, channels: ['service_centre', 'call_centre'] },
      requiredDocumentIds: ['national-id', 'incident-report', 'ownership-deed', 'damage-photos'],
      parallelGroup: 2,
    },
    {
      id: 'emergency-aid',
      name: { ar: 'المساعدة الطارئة', en: 'Emergency financial aid' },
      providedBy: 'MOSD',
      baseline: { steps: 2, visits: 1, fees: 0, typicalDays: 10, channels: ['service_centre'] },
      requiredDocumentIds: ['national-id', 'incident-report'],
      parallelGroup: 3,
    },
    {
      id: 'temporary-housing',
      name: { ar: 'السكن المؤقت', en: 'Temporary housing' },
      providedBy: 'HA',
      baseline: { steps: 2, visits: 1, fees: 0, typicalDays: 5, channels: ['service_centre'] },
      requiredDocumentIds: ['national-id', 'incident-report', 'ownership-deed'],
      parallelGroup: 2,
    },
    {
      id: 'replacement-documents',
      name: { ar: 'بدل فاقد أو تالف للوثائق', en: 'Replacement of lost or damaged documents' },
      providedBy: 'MOI',
      baseline: { steps: 2, visits: 1, fees: 50, typicalDays: 3, channels: ['service_centre', 'kiosk'] },
      requiredDocumentIds: ['incident-report'],
      parallelGroup: 2,
    },
  ],
  designs: [],
};

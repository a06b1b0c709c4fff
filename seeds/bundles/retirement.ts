import type { Bundle } from '../../workflows/bundles/bundle.ts';

/** Retirement. */
export const retirementBundle: Bundle = {
  id: 'bundle.retirement',
  lifeEvent: 'retirement',
  name: { ar: 'باقة خدمات التقاعد', en: 'Retirement bundle' },
  trigger: {
    description: { ar: 'إشعار جهة العمل بانتهاء خدمة الموظف للتقاعد', en: 'An employer notifies the end of service for retirement' },
    signalledBy: 'GRSIA',
  },
  eligibility: [{ ar: 'موظف مواطن مستوفٍ لشروط التقاعد', en: 'A citizen employee meeting the retirement conditions' }],
  participatingEntities: ['GRSIA', 'MOI', 'HA', 'MOH', 'BANK'],
  governanceGroup: {
    name: { ar: 'فريق حوكمة باقة التقاعد', en: 'Retirement bundle governance group' },
    chair: 'GRSIA',
    members: ['MOI', 'HA', 'MOH', 'BANK'],
  },
  documents: [
    { id: 'national-id', name: { ar: 'البطاقة الشخصية', en: 'National ID card' }, kind: 'document', issuedBy: 'MOI' },
    { id: 'service-end-letter', name: { ar: 'شهادة انتهاء الخدمة', en: 'End-of-service letter' }, kind: 'document' },
    { id: 'service-record', name: { ar: 'بيان مدة الخدمة', en: 'Statement of service' }, kind: 'data', issuedBy: 'GRSIA' },
    { id: 'iban', name: { ar: 'رقم الحساب البنكي', en: 'Bank account number (IBAN)' }, kind: 'data' },
  ],
  services: [
    {
      id: 'pension-application',
      name: { ar: 'طلب صرف المعاش التقاعدي', en: 'Pension application' },
      providedBy: 'GRSIA',
      baseline: { steps: 3, visits: 2, fees: 0, typicalDays: 21, channels: ['service_centre'] },
      requiredDocumentIds: ['national-id', 'service-end-letter', 'service-record', 'iban'],
      parallelGroup: 1,
    },
    {
      id: 'retiree-card',
      name: { ar: 'بطاقة المتقاعد', en: 'Retiree card' },
      providedBy: 'GRSIA',
      baseline: { steps: 2, visits: 1, fees: 0, typicalDays: 5, channels: ['service_centre'] },
      requiredDocumentIds: ['national-id'],
      parallelGroup: 2,
    },
    {
      id: 'housing-loan-rescheduling',
      name: { ar: 'إعادة جدولة قرض الإسكان', en: 'Housing loan rescheduling' },
      providedBy: 'HA',
      baseline: { steps: 2, visits: 1, fees: 0, typicalDays: 10, channels: ['service_centre'] },
      requiredDocumentIds: ['national-id', 'service-end-letter'],
      parallelGroup: 2,
    },
    {
      id: 'salary-transfer',
      name: { ar: 'تحويل المعاش إلى الحساب البنكي', en: 'Pension transfer to a bank account' },
      providedBy: 'BANK',
      baseline: { steps: 1, visits: 1, fees: 0, typicalDays: 2, channels: ['service_centre'] },
      requiredDocumentIds: ['national-id', 'iban'],
      parallelGroup: 2,
    },
  ],
  designs: [],
};

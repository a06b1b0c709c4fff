import type { Bundle } from '../../workflows/bundles/bundle.ts';

/** Doing business: opening a small shop. */
export const doingBusinessBundle: Bundle = {
  id: 'bundle.doing_business',
  lifeEvent: 'doing_business',
  name: { ar: 'باقة خدمات ممارسة الأعمال', en: 'Doing business bundle' },
  trigger: { description: { ar: 'حجز اسم تجاري لنشاط جديد', en: 'A trade name is reserved for a new activity' }, signalledBy: 'MOCI' },
  eligibility: [
    { ar: 'مستثمر مواطن أو مقيم وفق اشتراطات النشاط', en: 'A citizen or resident investor meeting the activity conditions' },
    { ar: 'نشاط مدرج في دليل الأنشطة التجارية', en: 'An activity listed in the business activity guide' },
  ],
  participatingEntities: ['MOCI', 'MUN', 'CD', 'MOL', 'TAX'],
  governanceGroup: {
    name: { ar: 'فريق حوكمة باقة ممارسة الأعمال', en: 'Doing business bundle governance group' },
    chair: 'MOCI',
    members: ['MUN', 'CD', 'MOL', 'TAX'],
  },
  documents: [
    { id: 'national-id', name: { ar: 'البطاقة الشخصية', en: 'National ID card' }, kind: 'document', issuedBy: 'MOI' },
    {
      id: 'trade-name-certificate',
      name: { ar: 'شهادة حجز الاسم التجاري', en: 'Trade name reservation certificate' },
      kind: 'document',
      issuedBy: 'MOCI',
    },
    { id: 'lease-contract', name: { ar: 'عقد الإيجار', en: 'Lease contract' }, kind: 'document', issuedBy: 'MUN' },
    { id: 'commercial-registration', name: { ar: 'السجل التجاري', en: 'Commercial registration' }, kind: 'document', issuedBy: 'MOCI' },
    { id: 'shop-layout', name: { ar: 'مخطط المحل', en: 'Shop layout drawing' }, kind: 'document' },
    {
      id: 'civil-defence-certificate',
      name: { ar: 'شهادة الدفاع المدني', en: 'Civil defence certificate' },
      kind: 'document',
      issuedBy: 'CD',
    },
  ],
  services: [
    {
      id: 'commercial-registration',
      name: { ar: 'إصدار السجل التجاري', en: 'Commercial registration' },
      providedBy: 'MOCI',
      baseline: { steps: 3, visits: 1, fees: 500, typicalDays: 3, channels: ['service_centre', 'website'] },
      requiredDocumentIds: ['national-id', 'trade-name-certificate', 'lease-contract'],
      parallelGroup: 1,
    },
    {
      id: 'civil-defence-approval',
      name: { ar: 'موافقة الدفاع المدني', en: 'Civil defence approval' },
      providedBy: 'CD',
      baseline: { steps: 3, visits: 2, fees: 300, typicalDays: 10, channels: ['service_centre'] },
      requiredDocumentIds: ['commercial-registration', 'lease-contract', 'shop-layout'],
      parallelGroup: 2,
    },
    {
      id: 'municipal-licence',
      name: { ar: 'الترخيص البلدي', en: 'Municipal licence' },
      providedBy: 'MUN',
      baseline: { steps: 3, visits: 2, fees: 1000, typicalDays: 7, channels: ['service_centre'] },
      requiredDocumentIds: ['commercial-registration', 'lease-contract', 'civil-defence-certificate'],
      parallelGroup: 3,
    },
    {
      id: 'establishment-card',
      name: { ar: 'بطاقة المنشأة لدى وزارة العمل', en: 'Establishment card (labour)' },
      providedBy: 'MOL',
      baseline: { steps: 2, visits: 1, fees: 200, typicalDays: 5, channels: ['service_centre'] },
      requiredDocumentIds: ['national-id', 'commercial-registration'],
      parallelGroup: 3,
    },
    {
      id: 'tax-registration',
      name: { ar: 'التسجيل الضريبي', en: 'Tax registration' },
      providedBy: 'TAX',
      baseline: { steps: 2, visits: 0, fees: 0, typicalDays: 2, channels: ['website'] },
      requiredDocumentIds: ['commercial-registration'],
      parallelGroup: 3,
    },
  ],
  designs: [],
};

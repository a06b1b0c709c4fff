import type { DocumentType } from '../../workflows/journeys/service-definition.ts';

/** Documents customers are asked for; ids are used by services and journey maps. */
export const documentTypes = [
  { id: 'doc.national_id', name: { ar: 'البطاقة الشخصية', en: 'National ID card' }, issuerEntityCode: 'MOI' },
  { id: 'doc.passport', name: { ar: 'جواز السفر', en: 'Passport' }, issuerEntityCode: null },
  { id: 'doc.personal_photo', name: { ar: 'صورة شخصية', en: 'Personal photo' }, issuerEntityCode: null },
  { id: 'doc.birth_notification', name: { ar: 'إشعار الولادة من المستشفى', en: 'Hospital birth notification' }, issuerEntityCode: 'HMC' },
  { id: 'doc.marriage_contract', name: { ar: 'عقد الزواج', en: 'Marriage contract' }, issuerEntityCode: 'MOJ' },
  { id: 'doc.birth_certificate', name: { ar: 'شهادة الميلاد', en: 'Birth certificate' }, issuerEntityCode: 'MOI' },
  { id: 'doc.residence_permit', name: { ar: 'رخصة الإقامة', en: 'Residence permit' }, issuerEntityCode: 'MOI' },
  { id: 'doc.medical_certificate', name: { ar: 'شهادة الفحص الطبي', en: 'Medical fitness certificate' }, issuerEntityCode: 'MOH' },
  { id: 'doc.health_insurance', name: { ar: 'وثيقة التأمين الصحي', en: 'Health insurance certificate' }, issuerEntityCode: null },
  { id: 'doc.employment_contract', name: { ar: 'عقد العمل', en: 'Employment contract' }, issuerEntityCode: 'MOL' },
  { id: 'doc.employer_letter', name: { ar: 'خطاب جهة العمل', en: 'Employer letter' }, issuerEntityCode: null },
  { id: 'doc.lease_contract', name: { ar: 'عقد الإيجار', en: 'Lease contract' }, issuerEntityCode: 'MUN' },
  { id: 'doc.commercial_registration', name: { ar: 'السجل التجاري', en: 'Commercial registration' }, issuerEntityCode: 'MOCI' },
  {
    id: 'doc.trade_name_certificate',
    name: { ar: 'شهادة حجز الاسم التجاري', en: 'Trade name reservation certificate' },
    issuerEntityCode: 'MOCI',
  },
  { id: 'doc.shop_layout', name: { ar: 'مخطط المحل', en: 'Shop layout drawing' }, issuerEntityCode: null },
  { id: 'doc.civil_defence_certificate', name: { ar: 'شهادة الدفاع المدني', en: 'Civil defence certificate' }, issuerEntityCode: 'MOI' },
  { id: 'doc.bank_letter', name: { ar: 'خطاب البنك', en: 'Bank letter' }, issuerEntityCode: null },
  {
    id: 'doc.premarital_certificate',
    name: { ar: 'شهادة الفحص الطبي قبل الزواج', en: 'Premarital screening certificate' },
    issuerEntityCode: 'MOH',
  },
  { id: 'doc.academic_certificate', name: { ar: 'الشهادة الدراسية', en: 'Academic certificate' }, issuerEntityCode: null },
  { id: 'doc.cv', name: { ar: 'السيرة الذاتية', en: 'CV' }, issuerEntityCode: null },
  { id: 'doc.guardian_consent', name: { ar: 'موافقة ولي الأمر', en: "Guardian's consent" }, issuerEntityCode: null },
] as const satisfies readonly DocumentType[];

export type DocumentId = (typeof documentTypes)[number]['id'];

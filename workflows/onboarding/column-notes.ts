import type { OnboardingList } from './list-definition.ts';

export interface ColumnNote {
  ar: string;
  en: string;
}

/**
 * What each column of each list holds, in both languages: the template workbook's second
 * sheet and the upload page read the same words.
 */
export const columnNotes: Record<OnboardingList, Record<string, ColumnNote>> = {
  entities: {
    code: { ar: 'رمز الجهة الثابت، يُطابَق به عند إعادة الرفع', en: 'The entity’s stable code; a re-upload matches by it' },
    name_ar: { ar: 'اسم الجهة بالعربية', en: 'Name in Arabic' },
    name_en: { ar: 'اسم الجهة بالإنجليزية', en: 'Name in English' },
    type: { ar: 'نوع الجهة', en: 'Kind of entity' },
    sector: { ar: 'القطاع', en: 'Sector' },
    delivers_services: { ar: 'هل تقدّم الجهة خدمات للمتعاملين (نعم إن تُرك فارغاً)', en: 'Whether it serves customers (yes when blank)' },
  },
  centres: {
    code: { ar: 'رمز مركز الخدمة الثابت، يُطابَق به عند إعادة الرفع', en: 'The centre’s stable code; a re-upload matches by it' },
    entity_code: { ar: 'رمز الجهة التي يتبعها المركز (جهة موجودة)', en: 'Code of the entity it belongs to (an existing one)' },
    name_ar: { ar: 'اسم المركز بالعربية', en: 'Name in Arabic' },
    name_en: { ar: 'اسم المركز بالإنجليزية', en: 'Name in English' },
    model: { ar: 'حضوري أو عن بُعد', en: 'On premises or remote' },
    channel: { ar: 'قناة تقديم الخدمة', en: 'Service channel' },
    city_ar: { ar: 'المدينة بالعربية (اختياري)', en: 'City in Arabic (optional)' },
    city_en: { ar: 'المدينة بالإنجليزية (اختياري)', en: 'City in English (optional)' },
  },
  people: {
    username: { ar: 'اسم المستخدم، يُطابَق به عند إعادة الرفع', en: 'Username; a re-upload matches by it' },
    email: { ar: 'البريد الإلكتروني، لشخص واحد فقط', en: 'E-mail address, one person’s only' },
    name_ar: { ar: 'الاسم بالعربية', en: 'Name in Arabic' },
    name_en: { ar: 'الاسم بالإنجليزية', en: 'Name in English' },
    roles: {
      ar: 'الأدوار مفصولة بفاصلة منقوطة؛ الدور المرتبط بجهة يُكتب role:رمز_الجهة، مثل entity_coordinator:MOI; assessor',
      en: 'Roles separated by semicolons; an entity’s role is written role:ENTITY_CODE, e.g. entity_coordinator:MOI; assessor',
    },
    locale: { ar: 'لغة الواجهة: ar أو en (ar إن تُرك فارغاً)', en: 'Interface language: ar or en (ar when blank)' },
  },
  services: {
    code: {
      ar: 'رمز الخدمة الثابت (حروف كبيرة وأرقام وشرطات)، يُطابَق به عند إعادة الرفع',
      en: 'The service’s stable code (capitals, digits, hyphens); a re-upload matches by it',
    },
    owner_entity_code: { ar: 'رمز الجهة المالكة للخدمة', en: 'Code of the entity that owns the service' },
    name_ar: { ar: 'الاسم المعياري بالعربية', en: 'Standard name in Arabic' },
    name_en: { ar: 'الاسم المعياري بالإنجليزية', en: 'Standard name in English' },
    channels: { ar: 'قنوات تقديم الخدمة مفصولة بفاصلة منقوطة', en: 'Channels, separated by semicolons' },
    documents: {
      ar: 'معرّفات المستندات المطلوبة مفصولة بفاصلة منقوطة (اختياري)',
      en: 'Required document type ids, separated by semicolons (optional)',
    },
    fee_amount: { ar: 'رسوم الخدمة (فارغ إن كانت مجانية)', en: 'The service fee (blank when free)' },
    fee_currency: { ar: 'عملة الرسوم، ثلاثة أحرف (QAR إن تُرك فارغاً)', en: 'Fee currency, three letters (QAR when blank)' },
    annual_volume: { ar: 'عدد المعاملات في السنة', en: 'Transactions a year' },
    average_wait_minutes: { ar: 'متوسط وقت الانتظار بالدقائق', en: 'Average wait, in minutes' },
    average_service_minutes: { ar: 'متوسط وقت تقديم الخدمة بالدقائق', en: 'Average service time, in minutes' },
    satisfaction: { ar: 'متوسط رضا المتعاملين من 1 إلى 5', en: 'Average customer satisfaction, 1 to 5' },
    average_completion_days: { ar: 'متوسط أيام الإنجاز', en: 'Average days to complete' },
  },
};

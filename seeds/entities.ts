/**
 * About thirty fictional government entities of a fictional Gulf state, with their
 * service centres. Codes are the stable keys other seeds (bundles, services, journeys)
 * refer to; ids are derived from them (`ent-<code>`).
 */
export interface EntitySeed {
  code: string;
  nameAr: string;
  nameEn: string;
  type: 'ministry' | 'authority' | 'council' | 'municipality' | 'corporation';
  sector: 'government' | 'social' | 'economic' | 'infrastructure' | 'security' | 'health' | 'education';
  deliversServices: boolean;
  centres: CentreSeed[];
}

export interface CentreSeed {
  code: string;
  nameAr: string;
  nameEn: string;
  model: 'on_premises' | 'remote';
  channel: 'counter' | 'web' | 'app' | 'call_centre' | 'kiosk';
  cityAr: string;
  cityEn: string;
}

const counter = (code: string, ar: string, en: string, cityAr: string, cityEn: string): CentreSeed => ({
  code,
  nameAr: ar,
  nameEn: en,
  model: 'on_premises',
  channel: 'counter',
  cityAr,
  cityEn,
});
const remote = (code: string, channel: 'web' | 'app' | 'call_centre', ar: string, en: string): CentreSeed => ({
  code,
  nameAr: ar,
  nameEn: en,
  model: 'remote',
  channel,
  cityAr: '—',
  cityEn: '—',
});

export const entitySeeds: EntitySeed[] = [
  {
    code: 'GDB',
    nameAr: 'مكتب التطوير الحكومي',
    nameEn: 'Government Development Bureau',
    type: 'council',
    sector: 'government',
    deliversServices: false,
    centres: [],
  },
  {
    code: 'MOI',
    nameAr: 'وزارة الداخلية',
    nameEn: 'Ministry of Interior',
    type: 'ministry',
    sector: 'security',
    deliversServices: true,
    centres: [
      counter('MOI-C01', 'مركز خدمات الجوازات - الشمال', 'Passports Service Centre - North', 'المدينة الشمالية', 'North City'),
      counter('MOI-C02', 'مركز خدمات المرور - العاصمة', 'Traffic Service Centre - Capital', 'العاصمة', 'Capital'),
      remote('MOI-R01', 'app', 'تطبيق الخدمات الأمنية', 'Security Services App'),
    ],
  },
  {
    code: 'MOH',
    nameAr: 'وزارة الصحة العامة',
    nameEn: 'Ministry of Public Health',
    type: 'ministry',
    sector: 'health',
    deliversServices: true,
    centres: [
      counter('MOH-C01', 'مركز خدمات المتعاملين الصحي', 'Health Customer Service Centre', 'العاصمة', 'Capital'),
      remote('MOH-R01', 'call_centre', 'مركز الاتصال الصحي', 'Health Call Centre'),
    ],
  },
  {
    code: 'MOE',
    nameAr: 'وزارة التربية والتعليم',
    nameEn: 'Ministry of Education',
    type: 'ministry',
    sector: 'education',
    deliversServices: true,
    centres: [counter('MOE-C01', 'مركز خدمات أولياء الأمور', 'Parents Service Centre', 'العاصمة', 'Capital')],
  },
  {
    code: 'MOHE',
    nameAr: 'وزارة التعليم العالي',
    nameEn: 'Ministry of Higher Education',
    type: 'ministry',
    sector: 'education',
    deliversServices: true,
    centres: [remote('MOHE-R01', 'web', 'بوابة البعثات الدراسية', 'Scholarships Portal')],
  },
  {
    code: 'MOL',
    nameAr: 'وزارة العمل',
    nameEn: 'Ministry of Labour',
    type: 'ministry',
    sector: 'economic',
    deliversServices: true,
    centres: [
      counter('MOL-C01', 'مركز خدمات العمل - الصناعية', 'Labour Service Centre - Industrial Area', 'المنطقة الصناعية', 'Industrial Area'),
      remote('MOL-R01', 'web', 'بوابة خدمات العمل', 'Labour Services Portal'),
    ],
  },
  {
    code: 'MOSD',
    nameAr: 'وزارة التنمية الاجتماعية والأسرة',
    nameEn: 'Ministry of Social Development and Family',
    type: 'ministry',
    sector: 'social',
    deliversServices: true,
    centres: [counter('MOSD-C01', 'مركز خدمات الأسرة', 'Family Services Centre', 'العاصمة', 'Capital')],
  },
  {
    code: 'MOCI',
    nameAr: 'وزارة التجارة والصناعة',
    nameEn: 'Ministry of Commerce and Industry',
    type: 'ministry',
    sector: 'economic',
    deliversServices: true,
    centres: [
      counter('MOCI-C01', 'مركز خدمات المستثمرين', 'Investor Service Centre', 'العاصمة', 'Capital'),
      remote('MOCI-R01', 'web', 'بوابة السجل التجاري', 'Commercial Registry Portal'),
    ],
  },
  {
    code: 'MOJ',
    nameAr: 'وزارة العدل',
    nameEn: 'Ministry of Justice',
    type: 'ministry',
    sector: 'government',
    deliversServices: true,
    centres: [counter('MOJ-C01', 'مركز خدمات التوثيق', 'Notary Service Centre', 'العاصمة', 'Capital')],
  },
  {
    code: 'MOF',
    nameAr: 'وزارة المالية',
    nameEn: 'Ministry of Finance',
    type: 'ministry',
    sector: 'economic',
    deliversServices: false,
    centres: [],
  },
  {
    code: 'MOFA',
    nameAr: 'وزارة الخارجية',
    nameEn: 'Ministry of Foreign Affairs',
    type: 'ministry',
    sector: 'government',
    deliversServices: true,
    centres: [counter('MOFA-C01', 'مركز التصديقات', 'Attestation Centre', 'العاصمة', 'Capital')],
  },
  {
    code: 'MUN',
    nameAr: 'وزارة البلدية',
    nameEn: 'Ministry of Municipality',
    type: 'ministry',
    sector: 'infrastructure',
    deliversServices: true,
    centres: [
      counter('MUN-C01', 'مركز خدمات البلدية - الشمال', 'Municipal Service Centre - North', 'المدينة الشمالية', 'North City'),
      counter('MUN-C02', 'مركز خدمات البلدية - الجنوب', 'Municipal Service Centre - South', 'المدينة الجنوبية', 'South City'),
    ],
  },
  {
    code: 'MOEN',
    nameAr: 'وزارة البيئة والتغير المناخي',
    nameEn: 'Ministry of Environment and Climate Change',
    type: 'ministry',
    sector: 'infrastructure',
    deliversServices: true,
    centres: [],
  },
  {
    code: 'MOT',
    nameAr: 'وزارة المواصلات',
    nameEn: 'Ministry of Transport',
    type: 'ministry',
    sector: 'infrastructure',
    deliversServices: true,
    centres: [remote('MOT-R01', 'app', 'تطبيق النقل', 'Transport App')],
  },
  {
    code: 'MOCS',
    nameAr: 'وزارة الثقافة والرياضة',
    nameEn: 'Ministry of Culture and Sports',
    type: 'ministry',
    sector: 'social',
    deliversServices: true,
    centres: [],
  },
  {
    code: 'MOAW',
    nameAr: 'وزارة الأوقاف والشؤون الإسلامية',
    nameEn: 'Ministry of Endowments and Islamic Affairs',
    type: 'ministry',
    sector: 'social',
    deliversServices: true,
    centres: [],
  },
  {
    code: 'MOCT',
    nameAr: 'وزارة الاتصالات وتقنية المعلومات',
    nameEn: 'Ministry of Communications and IT',
    type: 'ministry',
    sector: 'infrastructure',
    deliversServices: true,
    centres: [remote('MOCT-R01', 'web', 'البوابة الحكومية الموحدة', 'Unified Government Portal')],
  },
  {
    code: 'HA',
    nameAr: 'هيئة الإسكان',
    nameEn: 'Housing Authority',
    type: 'authority',
    sector: 'social',
    deliversServices: true,
    centres: [counter('HA-C01', 'مركز خدمات الإسكان', 'Housing Service Centre', 'العاصمة', 'Capital')],
  },
  {
    code: 'GRA',
    nameAr: 'الهيئة العامة للضرائب',
    nameEn: 'General Tax Authority',
    type: 'authority',
    sector: 'economic',
    deliversServices: true,
    centres: [remote('GRA-R01', 'web', 'بوابة الضرائب', 'Tax Portal')],
  },
  {
    code: 'CUS',
    nameAr: 'الهيئة العامة للجمارك',
    nameEn: 'General Customs Authority',
    type: 'authority',
    sector: 'economic',
    deliversServices: true,
    centres: [counter('CUS-C01', 'مركز التخليص الجمركي', 'Customs Clearance Centre', 'الميناء', 'Port')],
  },
  {
    code: 'PSA',
    nameAr: 'جهاز التخطيط والإحصاء',
    nameEn: 'Planning and Statistics Authority',
    type: 'authority',
    sector: 'government',
    deliversServices: false,
    centres: [],
  },
  {
    code: 'GRSIA',
    nameAr: 'الهيئة العامة للتقاعد والتأمينات',
    nameEn: 'General Retirement and Social Insurance Authority',
    type: 'authority',
    sector: 'social',
    deliversServices: true,
    centres: [counter('GRSIA-C01', 'مركز خدمات المتقاعدين', 'Retirees Service Centre', 'العاصمة', 'Capital')],
  },
  {
    code: 'CSB',
    nameAr: 'ديوان الخدمة المدنية',
    nameEn: 'Civil Service Bureau',
    type: 'council',
    sector: 'government',
    deliversServices: true,
    centres: [remote('CSB-R01', 'web', 'بوابة التوظيف الحكومي', 'Government Jobs Portal')],
  },
  {
    code: 'KAH',
    nameAr: 'مؤسسة الرعاية الصحية الأولية',
    nameEn: 'Primary Health Care Corporation',
    type: 'corporation',
    sector: 'health',
    deliversServices: true,
    centres: [counter('KAH-C01', 'مركز صحي - الروضة', 'Health Centre - Al Rawda', 'الروضة', 'Al Rawda')],
  },
  {
    code: 'HMC',
    nameAr: 'مؤسسة الخدمات الطبية',
    nameEn: 'Medical Services Corporation',
    type: 'corporation',
    sector: 'health',
    deliversServices: true,
    centres: [],
  },
  {
    code: 'EWC',
    nameAr: 'المؤسسة العامة للكهرباء والماء',
    nameEn: 'General Electricity and Water Corporation',
    type: 'corporation',
    sector: 'infrastructure',
    deliversServices: true,
    centres: [
      counter('EWC-C01', 'مركز خدمات المشتركين', 'Subscriber Service Centre', 'العاصمة', 'Capital'),
      remote('EWC-R01', 'call_centre', 'مركز اتصال الكهرباء والماء', 'Electricity and Water Call Centre'),
    ],
  },
  {
    code: 'PWA',
    nameAr: 'هيئة الأشغال العامة',
    nameEn: 'Public Works Authority',
    type: 'authority',
    sector: 'infrastructure',
    deliversServices: true,
    centres: [],
  },
  {
    code: 'CRA',
    nameAr: 'هيئة تنظيم الاتصالات',
    nameEn: 'Communications Regulatory Authority',
    type: 'authority',
    sector: 'infrastructure',
    deliversServices: true,
    centres: [],
  },
  {
    code: 'QFC',
    nameAr: 'هيئة مركز المال',
    nameEn: 'Financial Centre Authority',
    type: 'authority',
    sector: 'economic',
    deliversServices: true,
    centres: [],
  },
  {
    code: 'SDC',
    nameAr: 'المجلس الأعلى لشؤون الأسرة',
    nameEn: 'Supreme Council for Family Affairs',
    type: 'council',
    sector: 'social',
    deliversServices: false,
    centres: [],
  },
  {
    code: 'YSC',
    nameAr: 'هيئة الشباب',
    nameEn: 'Youth Authority',
    type: 'authority',
    sector: 'social',
    deliversServices: true,
    centres: [],
  },
];

export function entityId(code: string): string {
  return `ent-${code.toLowerCase()}`;
}

import type { Role } from '../workflows/roles.ts';

export interface DemoUserSeed {
  username: string;
  password: string;
  role: Role;
  /** Entity code for entity-bound and entity-affiliated users. */
  entityCode: string | null;
  nameAr: string;
  nameEn: string;
}

/** One or more demo accounts per role. Printed at start-up on the embedded database only. */
export const demoUsers: DemoUserSeed[] = [
  {
    username: 'admin',
    password: 'admin-demo-2026',
    role: 'administrator',
    entityCode: null,
    nameAr: 'مدير النظام',
    nameEn: 'System Administrator',
  },
  {
    username: 'pm',
    password: 'pm-demo-2026',
    role: 'programme_manager',
    entityCode: 'GDB',
    nameAr: 'مريم الكواري',
    nameEn: 'Maryam Al-Kuwari',
  },
  {
    username: 'assessor1',
    password: 'assessor-demo-2026',
    role: 'assessor',
    entityCode: 'PSA',
    nameAr: 'خالد المهندي',
    nameEn: 'Khalid Al-Muhannadi',
  },
  {
    username: 'assessor2',
    password: 'assessor-demo-2026',
    role: 'assessor',
    entityCode: 'MOF',
    nameAr: 'نورة السليطي',
    nameEn: 'Noora Al-Sulaiti',
  },
  {
    username: 'assessor3',
    password: 'assessor-demo-2026',
    role: 'assessor',
    entityCode: 'MOI',
    nameAr: 'أحمد النعيمي',
    nameEn: 'Ahmed Al-Nuaimi',
  },
  {
    username: 'coord.moi',
    password: 'coord-demo-2026',
    role: 'entity_coordinator',
    entityCode: 'MOI',
    nameAr: 'فاطمة الملا',
    nameEn: 'Fatima Al-Mulla',
  },
  {
    username: 'coord.moh',
    password: 'coord-demo-2026',
    role: 'entity_coordinator',
    entityCode: 'MOH',
    nameAr: 'سعد الكبيسي',
    nameEn: 'Saad Al-Kubaisi',
  },
  {
    username: 'coord.mun',
    password: 'coord-demo-2026',
    role: 'entity_coordinator',
    entityCode: 'MUN',
    nameAr: 'هند العطية',
    nameEn: 'Hind Al-Attiyah',
  },
  {
    username: 'facilitator',
    password: 'facilitator-demo-2026',
    role: 'facilitator',
    entityCode: 'GDB',
    nameAr: 'يوسف الدوسري',
    nameEn: 'Yousef Al-Dosari',
  },
  {
    username: 'participant',
    password: 'participant-demo-2026',
    role: 'participant',
    entityCode: null,
    nameAr: 'عائشة محمد',
    nameEn: 'Aisha Mohammed',
  },
  {
    username: 'leader',
    password: 'leader-demo-2026',
    role: 'leadership',
    entityCode: null,
    nameAr: 'الشيخ عبدالله',
    nameEn: 'Sheikh Abdullah',
  },
  // The command centre: MOI's service-centre supervisor and its quality ambassador.
  {
    username: 'supervisor.moi',
    password: 'supervisor-demo-2026',
    role: 'centre_supervisor',
    entityCode: 'MOI',
    nameAr: 'جاسم المري',
    nameEn: 'Jassim Al-Marri',
  },
  {
    username: 'ambassador.moi',
    password: 'ambassador-demo-2026',
    role: 'quality_ambassador',
    entityCode: 'MOI',
    nameAr: 'ريم الهاجري',
    nameEn: 'Reem Al-Hajri',
  },
  // Three mystery shoppers of different profiles; their pool profiles are seeded with the programme demo.
  {
    username: 'shopper1',
    password: 'shopper-demo-2026',
    role: 'mystery_shopper',
    entityCode: null,
    nameAr: 'عائشة المري',
    nameEn: 'Aisha Al-Marri',
  },
  {
    username: 'shopper2',
    password: 'shopper-demo-2026',
    role: 'mystery_shopper',
    entityCode: null,
    nameAr: 'يوسف حداد',
    nameEn: 'Yousef Haddad',
  },
  {
    username: 'shopper3',
    password: 'shopper-demo-2026',
    role: 'mystery_shopper',
    entityCode: null,
    nameAr: 'راجيش كومار',
    nameEn: 'Rajesh Kumar',
  },
];

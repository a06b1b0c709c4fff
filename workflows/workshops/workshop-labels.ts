import type { BilingualText } from '../bundles/bilingual-text.ts';
import type { Quadrant } from './prioritisation.ts';
import type { WorkshopPhase } from './workshop-phases.ts';

/** Phase names in both languages, in the programme's vocabulary. */
export const phaseLabels: Record<WorkshopPhase, BilingualText> = {
  planned: { en: 'Planned', ar: 'مخطط لها' },
  participants_invited: { en: 'Participants invited', ar: 'تمت دعوة المشاركين' },
  discovery: { en: 'Discovery', ar: 'الاستكشاف' },
  ideation: { en: 'Ideation', ar: 'توليد الأفكار' },
  voting: { en: 'Voting', ar: 'التصويت' },
  prioritisation: { en: 'Prioritisation', ar: 'تحديد الأولويات' },
  bundle_design: { en: 'Bundle design', ar: 'تصميم باقة الخدمات' },
  commitments: { en: 'Commitments', ar: 'الالتزامات' },
  report: { en: 'Report', ar: 'التقرير' },
  closed: { en: 'Closed', ar: 'مغلقة' },
};

export const quadrantLabels: Record<Quadrant, BilingualText> = {
  quick_win: { en: 'Quick wins', ar: 'مكاسب سريعة' },
  major_project: { en: 'Major projects', ar: 'مشاريع كبرى' },
  fill_in: { en: 'Fill-ins', ar: 'أعمال تكميلية' },
  thankless_task: { en: 'Thankless tasks', ar: 'مهام غير مجدية' },
};

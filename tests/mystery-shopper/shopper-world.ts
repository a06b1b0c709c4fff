import { hashPassword } from '../../api/accounts/password.ts';
import type { DB } from '../../api/db/schema.ts';
import type { ApiClient } from '../support/api-client.ts';
import { ageBands, genders, nationalityGroups } from '../../workflows/mystery-shopper/profile.ts';

export const shopperPassword = 'shopper-demo-2026';
export const t = (en: string, ar: string) => ({ en, ar });

/** A centre-visit scenario (four items) and a phone scenario (two), through the API. */
export async function createScenarios(pm: ApiClient): Promise<{ centre: string; phone: string }> {
  const centre = await pm.mysteryShopper.scenarios.create.mutate({
    code: 'renew-passport',
    channel: 'centre',
    service: t('Renew a passport', 'تجديد جواز السفر'),
    persona: t('A retired citizen who has never used the app', 'مواطن متقاعد لم يستخدم التطبيق قط'),
    checklist: [
      { code: 'greet', text: t('Greeted within one minute', 'الترحيب خلال دقيقة'), weight: 1 },
      { code: 'ticket', text: t('Ticket issued on arrival', 'إصدار تذكرة عند الوصول'), weight: 1 },
      { code: 'explain', text: t('Steps explained clearly', 'شرح الخطوات بوضوح'), weight: 2 },
      { code: 'survey', text: t('Offered the satisfaction survey', 'عرض استبيان الرضا'), weight: 1 },
    ],
  });
  const phone = await pm.mysteryShopper.scenarios.create.mutate({
    code: 'ask-fees',
    channel: 'phone',
    service: t('Ask about fees', 'الاستفسار عن الرسوم'),
    persona: t('A resident who speaks little Arabic', 'مقيم لا يتحدث العربية جيداً'),
    checklist: [
      { code: 'answered', text: t('Answered within three rings', 'الرد خلال ثلاث رنات'), weight: 1 },
      { code: 'fees', text: t('Fees stated correctly', 'ذكر الرسوم بدقة'), weight: 1 },
    ],
  });
  return { centre: centre.id, phone: phone.id };
}

export interface ShopperPlan {
  username: string;
  employer: string | null;
  related: string[];
}

/** Onboards the shoppers in one batch and gives each a password so the test can sign in as them. */
export async function onboardShoppers(pm: ApiClient, db: DB, shoppers: readonly ShopperPlan[]): Promise<string[]> {
  const { ids } = await pm.mysteryShopper.shoppers.add.mutate({
    shoppers: shoppers.map((s, i) => ({
      username: s.username,
      displayNameAr: `متسوق ${i + 1}`,
      displayNameEn: `Shopper ${i + 1}`,
      email: `${s.username}@shoppers.example`,
      locale: 'ar' as const,
      profile: {
        nationalityGroup: nationalityGroups[i % nationalityGroups.length]!,
        ageBand: ageBands[i % ageBands.length]!,
        gender: genders[i % genders.length]!,
        language: i % 3 === 0 ? ('en' as const) : ('ar' as const),
        disability: i % 7 === 0,
        weekdays: [7, 1, 2, 3, 4],
        maxVisits: 2,
        employerEntityId: s.employer,
        relatedEntityIds: s.related,
      },
    })),
  });
  const hash = await hashPassword(shopperPassword);
  await db.updateTable('users').set({ password_hash: hash }).where('id', 'in', ids).execute();
  return ids;
}

import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { AppRouter } from '../../api/root.ts';

const hour = 60 * 60 * 1000;

/** A consultation's fields as the staff form sends them: one poll question of each choice kind, a rating and a text. */
export function consultationFields(now: Date, overrides: Record<string, unknown> = {}) {
  return {
    subjectKind: 'draft_regulation' as const,
    subjectRef: 'REG-2026-14',
    title: { ar: 'مشروع لائحة مواعيد المراكز', en: 'Draft regulation on centre opening hours' },
    body: { ar: 'نقترح تمديد ساعات العمل مساءً.', en: '' },
    identification: 'verified_email' as const,
    resultsVisibility: 'after_vote' as const,
    commentsEnabled: true,
    questions: [
      {
        id: 'q1',
        kind: 'single' as const,
        prompt: { ar: 'هل تؤيد التمديد؟', en: 'Do you support the change?' },
        options: [
          { id: 'yes', label: { ar: 'نعم', en: 'Yes' } },
          { id: 'no', label: { ar: 'لا', en: 'No' } },
        ],
        required: true,
      },
      {
        id: 'q2',
        kind: 'rating' as const,
        prompt: { ar: 'قيّم الخدمة الحالية', en: 'Rate the current service' },
        options: [],
        required: false,
      },
      { id: 'q3', kind: 'text' as const, prompt: { ar: 'ملاحظات', en: 'Notes' }, options: [], required: false },
    ],
    opensAt: new Date(now.getTime() + hour).toISOString(),
    closesAt: new Date(now.getTime() + 2 * hour).toISOString(),
    ...overrides,
  };
}

/** A client that says it comes from `address` (the app trusts the proxy header in these tests). */
export function clientFrom(url: string, address: string, cookie: string | null = null) {
  const headers: Record<string, string> = { 'x-tamayuz-csrf': '1', 'x-forwarded-for': address, 'accept-language': 'en' };
  if (cookie) headers.cookie = cookie;
  return createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${url}/trpc`, headers })] });
}

export type AddressedClient = ReturnType<typeof clientFrom>;

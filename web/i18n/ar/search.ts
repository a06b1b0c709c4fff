import type { Messages } from '../messages.ts';
import type { search as en } from '../en/search.ts';

export const search: Messages<typeof en> = {
  box: {
    label: 'بحث',
    placeholder: 'ابحث في الجهات والفجوات والإجراءات…',
    submit: 'بحث',
  },
  page: {
    title: 'البحث',
    subtitle: 'الجهات والخدمات والرحلات وورش العمل ودورات التقييم والفجوات والإجراءات التي يحق لك فتحها.',
    prompt: 'اكتب حرفين على الأقل.',
    found_zero: 'لا توجد نتيجة تطابق «{{query}}».',
    found_one: 'نتيجة واحدة لـ«{{query}}».',
    found_two: 'نتيجتان لـ«{{query}}».',
    found_few: '{{total}} نتائج لـ«{{query}}».',
    found_many: '{{total}} نتيجة لـ«{{query}}».',
    found_other: '{{total}} نتيجة لـ«{{query}}».',
    more: 'يُعرض {{shown}} من {{total}}.',
  },
  kinds: {
    entity: 'الجهات الحكومية',
    service: 'الخدمات',
    journey: 'رحلات المتعاملين',
    workshop: 'ورش العمل',
    cycle: 'دورات التقييم',
    gap: 'الفجوات',
    action: 'الإجراءات',
  },
  errors: {
    too_short: 'اكتب حرفين على الأقل للبحث.',
  },
};

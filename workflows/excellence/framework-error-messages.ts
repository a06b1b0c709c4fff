import type { BilingualText } from './framework-schema.ts';
import type { FrameworkErrorCode } from './framework-validation.ts';

/**
 * Default texts for framework errors, keyed like `FrameworkError.code`; placeholders in
 * i18next's `{{name}}` form are filled from `FrameworkError.params`.
 */
export const frameworkErrorMessages: Readonly<Record<FrameworkErrorCode, BilingualText>> = {
  schema: { en: 'Invalid value: {{message}}', ar: 'قيمة غير صالحة: {{message}}' },
  total_points_required: { en: 'A points framework needs its total points.', ar: 'يجب تحديد مجموع النقاط للإطار.' },
  weights_sum: { en: 'Weights add up to {{actual}}, expected {{expected}}.', ar: 'مجموع الأوزان {{actual}} والمطلوب {{expected}}.' },
  override_weights_sum: {
    en: 'Weights for {{entityType}} add up to {{actual}}, expected {{expected}}.',
    ar: 'مجموع الأوزان لنوع الجهة {{entityType}} هو {{actual}} والمطلوب {{expected}}.',
  },
  duplicate_node_code: { en: 'The code {{code}} is already used.', ar: 'الرمز {{code}} مستخدم مسبقاً.' },
  unknown_entity_type: { en: 'Unknown entity type {{entityType}}.', ar: 'نوع جهة غير معروف: {{entityType}}.' },
  method_needs_attributes: {
    en: 'No attributes are defined for {{kind}} nodes.',
    ar: 'لا توجد سمات معرّفة لهذا النوع من المعايير ({{kind}}).',
  },
  method_needs_checklist: { en: 'Checklist scoring is not configured.', ar: 'لم يتم إعداد التقييم بقائمة التحقق.' },
  checklist_items_missing: { en: 'The checklist of {{code}} has no items.', ar: 'قائمة التحقق للمعيار {{code}} لا تحتوي على بنود.' },
  items_on_branch: {
    en: 'Only the lowest level ({{code}} has children) can hold checklist items.',
    ar: 'بنود قائمة التحقق تكون في المستوى الأدنى فقط، والمعيار {{code}} له معايير فرعية.',
  },
  duplicate_item_code: { en: 'The item code {{code}} is already used.', ar: 'رمز البند {{code}} مستخدم مسبقاً.' },
  bands_must_start_at_0: { en: 'The first band must start at 0.', ar: 'يجب أن يبدأ النطاق الأول من 0.' },
  bands_must_end_at_100: { en: 'The last band must end at 100.', ar: 'يجب أن ينتهي النطاق الأخير عند 100.' },
  band_gap: { en: 'This band should start at {{expected}}.', ar: 'يجب أن يبدأ هذا النطاق من {{expected}}.' },
  band_not_step: { en: '{{value}} is not a multiple of {{step}}.', ar: 'القيمة {{value}} ليست من مضاعفات {{step}}.' },
  band_inverted: { en: 'The band starts after it ends.', ar: 'بداية النطاق بعد نهايته.' },
  attribute_weights_sum: { en: 'Attribute weights add up to {{actual}}, expected 100.', ar: 'مجموع أوزان السمات {{actual}} والمطلوب 100.' },
  thresholds_not_ascending: {
    en: 'Must be above the previous threshold ({{previous}}).',
    ar: 'يجب أن يكون أعلى من الحد السابق ({{previous}}).',
  },
  maturity_must_start_at_0: { en: 'The first maturity level must start at 0.', ar: 'يجب أن يبدأ مستوى النضج الأول من 0.' },
  composite_weights_sum: {
    en: 'Component weights add up to {{actual}}, expected 100.',
    ar: 'مجموع أوزان المكونات {{actual}} والمطلوب 100.',
  },
  unknown_pillar: { en: 'Unknown pillar {{pillar}}.', ar: 'محور غير معروف: {{pillar}}.' },
  nesting_too_deep: { en: 'Criteria nest more than {{max}} levels deep here.', ar: 'تتداخل المعايير هنا بأكثر من {{max}} مستويات.' },
};

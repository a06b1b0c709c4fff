import type { Messages } from '../messages.ts';
import type { errors as en } from '../en/errors.ts';

export const errors: Messages<typeof en> = {
  title: 'حدث خطأ',
  auth: {
    invalidCredentials: 'اسم المستخدم أو كلمة المرور غير صحيحة.',
    throttled: 'محاولات دخول كثيرة. انتظر بضع دقائق ثم حاول مجدداً.',
  },
  workflow: {
    NOT_FOUND: 'مسار العمل هذا لم يعد موجوداً.',
    UNKNOWN_KIND: 'هذا النوع من مسارات العمل غير متاح.',
    FORBIDDEN: 'لا يسمح دورك بهذا الإجراء.',
    UNKNOWN_EVENT: 'هذا الإجراء ليس جزءاً من مسار العمل.',
    INVALID_PAYLOAD: 'بعض بيانات الإجراء ناقصة أو غير صحيحة.',
    EVENT_NOT_ACCEPTED: 'هذا الإجراء غير ممكن في الحالة الحالية.',
    CONFLICT: 'عدّل شخص آخر مسار العمل للتو. أعد التحميل وحاول مجدداً.',
  },
  validation: 'بعض الحقول غير صحيحة.',
  issue: 'مفقود أو غير صحيح',
  csrf: 'رُفض الطلب لدواعٍ أمنية. أعد تحميل الصفحة وحاول مجدداً.',
  unauthorized: 'انتهت جلستك. يرجى تسجيل الدخول مجدداً.',
  forbidden: 'ليست لديك صلاحية الوصول.',
  notFound: 'غير موجود.',
  conflict: 'عدّل شخص آخر هذا العنصر. أعد التحميل وحاول مجدداً.',
  tooManyRequests: 'طلبات كثيرة. انتظر قليلاً ثم حاول مجدداً.',
  network: 'تعذّر الوصول إلى الخادم. تحقق من اتصالك.',
  internal: 'حدث خطأ غير متوقع. يرجى المحاولة مجدداً.',
};

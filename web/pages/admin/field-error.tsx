import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../../trpc/error-key.ts';

/**
 * The part of an API refusal that concerns one field, shown beside it: a refusal naming the field
 * (`params.field`) or an input issue at its path. Nothing when the error is about something else.
 */
export function FieldError({ error, field }: { error: unknown; field: string }) {
  const { t } = useTranslation('errors');
  if (!error) return null;
  const info = apiErrorInfo(error);
  const own = info.params.field === field;
  const issue = info.issues.find((i) => i.path === field);
  if (!own && !issue) return null;
  const key = own ? info.key : issue?.message.startsWith('errors.') ? issue.message.slice('errors.'.length) : 'issue';
  return (
    <span className="field__error" role="alert" data-field-error={field}>
      {t(key, { ...info.params, defaultValue: t('issue') })}
    </span>
  );
}

/** True when the error belongs beside a field rather than at the top of the form. */
export function isFieldError(error: unknown, fields: readonly string[]): boolean {
  if (!error) return false;
  const info = apiErrorInfo(error);
  const mine = (path: string) => fields.some((f) => path === f || path.startsWith(`${f}.`));
  return mine(String(info.params.field ?? '')) || (info.issues.length > 0 && info.issues.every((i) => mine(i.path)));
}

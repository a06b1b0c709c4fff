import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../../trpc/error-key.ts';

/**
 * The API's field issues (`issues[].path` and a message key, see api/admin/field-problems.ts)
 * as translated text by path, so each form shows a refusal beside its own field.
 */
export function useFieldErrors(error: unknown): (path: string) => string | undefined {
  const { t } = useTranslation('errors');
  if (!error) return () => undefined;
  const byPath = new Map<string, string>();
  for (const issue of apiErrorInfo(error).issues) {
    if (byPath.has(issue.path)) continue;
    const key = issue.message.startsWith('errors.') ? issue.message.slice('errors.'.length) : 'issue';
    byPath.set(issue.path, t(key, { defaultValue: t('issue') }));
  }
  return (path) => byPath.get(path);
}

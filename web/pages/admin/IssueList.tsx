import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../../trpc/error-key.ts';

/** A refused document's problems, each as its JSON path and its translated reason. */
export function IssueList({ error }: { error: unknown }) {
  const { t } = useTranslation('errors');
  if (!error) return null;
  const info = apiErrorInfo(error);
  return (
    <div className="error" role="alert" data-error-key={info.key} data-testid="document-issues">
      <p>{t(info.key, { ...info.params, defaultValue: t('internal') })}</p>
      {info.issues.length > 0 && (
        <ul>
          {info.issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <code dir="ltr">{issue.path}</code>{' '}
              {t(issue.message.startsWith('errors.') ? issue.message.slice('errors.'.length) : 'issue', { defaultValue: t('issue') })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../../trpc/error-key.ts';

/** Shows an API error in the user's language from its stable message key; never the raw server text. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation('errors');
  if (!error) return null;
  const info = apiErrorInfo(error);
  return (
    <div className="error" role="alert" data-error-key={info.key}>
      <p>{t(info.key, { ...info.params, defaultValue: t('internal') })}</p>
      {info.issues.length > 0 && (
        <ul>
          {info.issues.map((issue) => (
            // The server's own wording is English-only; it stays available as a tooltip.
            <li key={`${issue.path}:${issue.message}`} title={issue.message}>
              {issue.path && <code dir="ltr">{issue.path}</code>} {t('issue')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

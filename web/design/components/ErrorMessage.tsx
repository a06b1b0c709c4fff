import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../../trpc/error-key.ts';
import { loadAllTexts } from '../../i18n/setup.ts';

/** Shows an API error in the user's language from its stable message key; never the raw server text. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation('errors');
  const info = error ? apiErrorInfo(error) : null;
  // A domain's refusal on a first screen, which holds the shared texts only: fetch the rest and show it then.
  const unknownKey = info !== null && !i18n.exists(info.key, { ns: 'errors' });
  const [textsSettled, setTextsSettled] = useState(false);
  useEffect(() => {
    const settle = () => setTextsSettled(true);
    if (unknownKey) void loadAllTexts().then(settle, settle);
  }, [unknownKey]);
  if (!info) return null;
  // Nothing until the texts are in: an alert read out as "internal error" and then reworded misleads.
  if (unknownKey && !textsSettled) return null;
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

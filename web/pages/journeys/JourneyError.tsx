import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../../trpc/error-key.ts';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';

/** Journey refusals carry `errors.journeys.<reason>`; their texts live in the journeys namespace. */
export function JourneyError({ error }: { error: unknown }) {
  const { t } = useTranslation('journeys');
  if (!error) return null;
  const info = apiErrorInfo(error);
  const own = /^(journeys|cx)\.(.+)$/.exec(info.key);
  if (!own) return <ErrorMessage error={error} />;
  return (
    <div className="error" role="alert" data-error-key={info.key}>
      <p>{t(`errors.${own[2]}`, { ...info.params, defaultValue: t('errors.wrong_phase') })}</p>
    </div>
  );
}

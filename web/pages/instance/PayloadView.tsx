import { useTranslation } from 'react-i18next';

/** Engine-internal fields ($actor, $at) are shown elsewhere in the row; the rest as compact JSON. */
export function PayloadView({ payload }: { payload: unknown }) {
  const { t } = useTranslation('workflows');
  const shown =
    payload && typeof payload === 'object' && !Array.isArray(payload)
      ? Object.fromEntries(Object.entries(payload).filter(([key]) => !key.startsWith('$') && key !== 'type'))
      : payload;
  const empty = shown === null || shown === undefined || (typeof shown === 'object' && Object.keys(shown).length === 0);
  if (empty) return <span className="muted">{t('audit.noPayload')}</span>;
  return (
    <code className="payload" dir="ltr">
      {JSON.stringify(shown)}
    </code>
  );
}

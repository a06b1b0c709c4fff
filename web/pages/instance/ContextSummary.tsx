import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';

// An ISO instant as zod and the engine write it (2026-06-01T12:30:00.000Z): shown as a local date and time.
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The top-level fields of an instance's context, values kept short; field names translated where known. */
export function ContextSummary({ context }: { context: unknown }) {
  const { t } = useTranslation('workflows');
  const format = useFormat();
  if (!context || typeof context !== 'object' || Object.keys(context).length === 0) {
    return <p className="muted">{t('instance.noContext')}</p>;
  }
  return (
    <dl className="facts" data-testid="context">
      {Object.entries(context).map(([key, value]) => (
        <div key={key} className="facts__row">
          <dt>
            <bdi>{t(`fields.common.${key}`, { defaultValue: key })}</bdi>
          </dt>
          <dd>
            {typeof value === 'number' ? (
              format.number(value)
            ) : typeof value === 'string' && isoInstant.test(value) ? (
              format.dateTime(value)
            ) : typeof value === 'string' ? (
              <bdi>{value}</bdi>
            ) : value === null ? (
              '—'
            ) : (
              <code dir="ltr" className="payload">
                {truncate(JSON.stringify(value), 160)}
              </code>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

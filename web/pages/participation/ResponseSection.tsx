import { useTranslation } from 'react-i18next';
import { Card } from '../../design/components/Card.tsx';
import { useBilingual } from '../../i18n/bilingual.ts';
import { useFormat } from '../../i18n/format.ts';
import type { PublicConsultation } from './outputs.ts';

type Response = NonNullable<PublicConsultation['response']>;

/** "You said, we did": the owner's answer, and each linked gap's actions with their progress as it stands now. */
export function ResponseSection({ response }: { response: Response }) {
  const { t } = useTranslation('participation');
  const { t: ti } = useTranslation('improvement');
  const pick = useBilingual();
  const format = useFormat();
  return (
    <Card title={t('response.title')} subtitle={t('response.publishedOn', { date: format.date(response.publishedAt) })}>
      <div className="stack" data-testid="response">
        <h3>{t('response.heard')}</h3>
        <p className="participate__body">{pick(response.heard)}</p>
        <h3>{t('response.willDo')}</h3>
        <p className="participate__body">{pick(response.willDo)}</p>
        {response.gaps.length > 0 && (
          <>
            <h3>{t('response.gaps')}</h3>
            <ul className="participate__list">
              {response.gaps.map((g) => (
                <li key={g.id}>
                  <strong>
                    {g.code} {g.title}
                  </strong>
                  {g.actions.length === 0 && <p>{t('response.noActions')}</p>}
                  {g.actions.map((a) => (
                    <div key={a.id} data-testid="response-action">
                      <p>
                        {t('response.actionProgress', {
                          code: a.code ?? '',
                          title: a.title,
                          status: ti(`actionStatus.${a.status}`),
                          progress: format.number(a.progress),
                          date: format.date(a.dueAt),
                        })}
                      </p>
                      <div
                        className="participate__bar"
                        role="progressbar"
                        aria-valuenow={a.progress}
                        aria-valuemin={0}
                        aria-valuemax={100}
                        aria-label={a.title}
                      >
                        <span style={{ inlineSize: `${a.progress}%` }} />
                      </div>
                    </div>
                  ))}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </Card>
  );
}

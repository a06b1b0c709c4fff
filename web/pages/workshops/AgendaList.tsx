import { useTranslation } from 'react-i18next';
import type { WorkshopView } from '../../../api/workshops/workshop-view.ts';
import { useBilingual } from '../../i18n/bilingual.ts';
import { useFormat } from '../../i18n/format.ts';
import { workshopPhases } from '../../../workflows/workshops/workshop-phases.ts';

/** The workshop's agenda, for everyone in the room: each phase with its time box, the current one marked. */
export function AgendaList({ view, large = false }: { view: Pick<WorkshopView, 'agenda' | 'phase'>; large?: boolean }) {
  const { t } = useTranslation('workshops');
  const pick = useBilingual();
  const format = useFormat();
  const now = workshopPhases.indexOf(view.phase);
  if (view.agenda.length === 0) return null;
  return (
    <nav className={`ws-agenda${large ? ' ws-agenda--large' : ''}`} aria-label={t('aids.agenda')}>
      <h2 className="ws-section__title">{t('aids.agenda')}</h2>
      <ol className="ws-agenda__list" data-testid="agenda">
        {view.agenda.map((item) => {
          const at = workshopPhases.indexOf(item.phase);
          const state = at < now ? 'done' : at === now ? 'current' : 'next';
          return (
            <li
              key={item.phase}
              className={`ws-agenda__item ws-agenda__item--${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span>{pick(item.title)}</span>
              <small className="muted">
                {item.minutes === null ? t('timer.none') : t('aids.minutes', { count: item.minutes, n: format.number(item.minutes) })}
                {state === 'current' && ` · ${t('aids.now')}`}
              </small>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

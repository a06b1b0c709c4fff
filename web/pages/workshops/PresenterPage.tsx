import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { LiveIndicator } from '../instance/LiveIndicator.tsx';
import { useBilingual } from '../../i18n/bilingual.ts';
import { useFormat } from '../../i18n/format.ts';
import { stateLabel } from '../../i18n/workflow-labels.ts';
import { AgendaList } from './AgendaList.tsx';
import { PhaseTimer } from './PhaseTimer.tsx';
import { useLiveWorkshop } from './live-workshop.ts';
import './workshops.css';

/**
 * The room's screen: phase and time left in large type, the agenda, the live board and the
 * vote results, all from the same live stream the board uses (nothing is counted here).
 */
export function PresenterPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('workshops');
  const pick = useBilingual();
  const format = useFormat();
  const { view, live } = useLiveWorkshop(id);
  if (live.error && !view) return <ErrorMessage error={live.error} />;
  if (!view) return <p className="muted">{t('common:status.loading')}</p>;
  const ideaText = new Map(view.board.ideas.map((i) => [i.id, i.text]));
  const votesShown = ['voting', 'prioritisation', 'bundle_design', 'commitments', 'report', 'closed'].includes(view.phase);
  return (
    <div className="ws-present" data-testid="presenter" data-version={view.version}>
      <header className="ws-present__head">
        <h1 className="ws-present__title">{pick(view.title)}</h1>
        <p className="ws-present__phase" data-testid="presenter-phase">
          {stateLabel(t, 'workshop', view.phase)}
        </p>
        <p className="ws-present__timer">
          <PhaseTimer endsAt={view.phaseEndsAt} />
        </p>
        <LiveIndicator status={live.status} />
      </header>
      <div className="ws-present__body">
        <AgendaList view={view} large />
        <section className="ws-section" aria-label={t('board.notes')}>
          <h2 className="ws-section__title">{t('board.notes')}</h2>
          <ul className="ws-present__notes">
            {view.board.notes.map((n) => (
              <li key={n.id} className="ws-note" data-testid="presenter-note">
                {n.text}
              </li>
            ))}
            {view.board.painPoints.map((p) => (
              <li key={p.id} className="ws-note ws-card--pain" data-testid="presenter-note">
                {p.text}
              </li>
            ))}
          </ul>
        </section>
        {view.board.ideas.some((i) => i.mergedInto === null) && (
          <section className="ws-section" aria-label={votesShown ? t('aids.voteResults') : t('board.ideas')}>
            <h2 className="ws-section__title">{votesShown ? t('aids.voteResults') : t('board.ideas')}</h2>
            <ol className="ws-present__results" data-testid="vote-results">
              {view.board.tallies.map((tally) => (
                <li key={tally.ideaId} className="ws-present__result">
                  <span>{ideaText.get(tally.ideaId)}</span>
                  {votesShown && (
                    <strong data-testid="vote-count">{t('aids.votes', { count: tally.votes, n: format.number(tally.votes) })}</strong>
                  )}
                </li>
              ))}
            </ol>
          </section>
        )}
      </div>
    </div>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../design/components/Button.tsx';
import { Select } from '../../design/components/Field.tsx';
import { useFormat } from '../../i18n/format.ts';
import type { WorkshopView } from '../../../api/workshops/workshop-view.ts';

type Act = (type: string, payload?: Record<string, unknown>) => Promise<unknown>;
const quadrants = ['quick_win', 'major_project', 'fill_in', 'thankless_task'] as const;
const scale = [1, 2, 3, 4, 5];

/** Scores per idea, the ranked list and the 2×2 value/effort matrix, all as computed by the API. */
export function RankingPanel({ view, act }: { view: WorkshopView; act: Act }) {
  const { t } = useTranslation('workshops');
  const scoreId = useId();
  const format = useFormat();
  const text = new Map(view.board.ideas.map((i) => [i.id, i.text]));
  const [scores, setScores] = useState<Record<string, { customerValue: number; governmentValue: number; effort: number }>>({});
  const canScore = view.phaseActions.includes('SCORE_IDEA');
  const live = view.board.ideas.filter((i) => i.mergedInto === null);
  const score = (id: string) => scores[id] ?? { customerValue: 3, governmentValue: 3, effort: 3 };
  const setDim = (id: string, dim: 'customerValue' | 'governmentValue' | 'effort', v: number) =>
    setScores({ ...scores, [id]: { ...score(id), [dim]: v } });
  return (
    <section className="ws-section" aria-label={t('board.ranking')}>
      {canScore && (
        <ul className="ws-list">
          {live.map((i) => (
            <li key={i.id} className="ws-card ws-score">
              <span>{i.text}</span>
              {(['customerValue', 'governmentValue', 'effort'] as const).map((dim) => (
                <label key={dim} className="ws-score__dim" htmlFor={`${scoreId}-${i.id}-${dim}`}>
                  {t(`board.${dim}`)}
                  <Select
                    id={`${scoreId}-${i.id}-${dim}`}
                    value={score(i.id)[dim]}
                    onChange={(e) => setDim(i.id, dim, Number(e.target.value))}
                  >
                    {scale.map((n) => (
                      <option key={n} value={n}>
                        {format.number(n)}
                      </option>
                    ))}
                  </Select>
                </label>
              ))}
              <Button variant="secondary" onClick={() => void act('SCORE_IDEA', { ideaId: i.id, ...score(i.id) })}>
                {t('board.scoreIt')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <h2 className="ws-section__title">{t('board.ranking')}</h2>
      <ol className="ws-ranking">
        {view.ranking.ranked.map((r) => (
          <li key={r.ideaId}>
            <strong>{format.number(r.rank)}.</strong> {text.get(r.ideaId)}{' '}
            <small className="muted">
              ({t(`quadrant.${r.quadrant}`)} · {t('board.priority')} {format.score(r.score, 2)} · {t('board.votes', { count: r.votes })})
            </small>
          </li>
        ))}
      </ol>
      <h2 className="ws-section__title">{t('board.matrix')}</h2>
      <div className="ws-matrix">
        {quadrants.map((q) => (
          <section key={q} className={`ws-matrix__cell ws-matrix__cell--${q}`} aria-labelledby={`${scoreId}-${q}`}>
            <h3 id={`${scoreId}-${q}`}>{t(`quadrant.${q}`)}</h3>
            <ul>
              {view.ranking.ranked
                .filter((r) => r.quadrant === q)
                .map((r) => (
                  <li key={r.ideaId}>{text.get(r.ideaId)}</li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}

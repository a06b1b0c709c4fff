import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../i18n/bilingual.ts';
import { useFormat } from '../../i18n/format.ts';
import type { PollResultsData, Question } from './outputs.ts';

/** Each question's counts as bars and figures (text answers are not tallied in public). */
export function PollResults({ questions, results }: { questions: readonly Question[]; results: PollResultsData }) {
  const { t } = useTranslation('participation');
  const pick = useBilingual();
  const format = useFormat();
  return (
    <section aria-labelledby="poll-results" data-testid="poll-results">
      <h3 id="poll-results">{t('poll.results')}</h3>
      <p>{t('poll.ballots', { count: results.ballots, formatted: format.number(results.ballots) })}</p>
      {results.questions.map((r) => {
        const question = questions.find((q) => q.id === r.questionId);
        if (!question || question.kind === 'text') return null;
        return (
          <div key={r.questionId} className="stack">
            <strong>{pick(question.prompt)}</strong>
            {r.options.map((o) => {
              const label = pick(question.options.find((x) => x.id === o.optionId)?.label);
              return (
                <div key={o.optionId}>
                  <div className="participate__meta">
                    <span>{label}</span>
                    <span>
                      {format.number(o.count)} · {t('poll.percent', { value: format.score(o.percent) })}
                    </span>
                  </div>
                  <div className="participate__bar" aria-hidden="true">
                    <span style={{ inlineSize: `${o.percent}%` }} />
                  </div>
                </div>
              );
            })}
            {r.average !== null && <span>{t('poll.average', { value: format.score(r.average) })}</span>}
          </div>
        );
      })}
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { useBilingual } from '../../i18n/bilingual.ts';
import { useFormat } from '../../i18n/format.ts';
import type { PollResultsData, Question } from './outputs.ts';
import { PollResults } from './PollResults.tsx';

interface Draft {
  optionIds: string[];
  rating?: number;
  text?: string;
}

/** The poll's questions as a form; after voting it shows the results when the consultation allows it. */
export function PollForm({
  consultationId,
  questions,
  emailToken,
}: {
  consultationId: string;
  questions: readonly Question[];
  emailToken?: string;
}) {
  const { t } = useTranslation('participation');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pick = useBilingual();
  const format = useFormat();
  const [answers, setAnswers] = useState<Record<string, Draft>>({});
  const [results, setResults] = useState<PollResultsData | null | undefined>(undefined);
  const vote = useMutation(
    trpc.participation.public.vote.mutationOptions({
      onSuccess: async (r) => {
        setResults(r.results);
        await queryClient.invalidateQueries({ queryKey: trpc.participation.public.get.queryKey({ id: consultationId }) });
      },
    }),
  );
  const set = (id: string, change: Partial<Draft>) => setAnswers((a) => ({ ...a, [id]: { optionIds: [], ...a[id], ...change } }));
  if (results !== undefined) {
    return (
      <div role="status">
        <p>{t('poll.thanks')}</p>
        {results ? <PollResults questions={questions} results={results} /> : <p>{t('poll.resultsLater')}</p>}
      </div>
    );
  }
  return (
    <form
      className="stack"
      data-testid="poll-form"
      onSubmit={(e) => {
        e.preventDefault();
        vote.mutate({
          id: consultationId,
          emailToken,
          answers: questions.map((q) => ({ questionId: q.id, ...answers[q.id], optionIds: answers[q.id]?.optionIds ?? [] })),
        });
      }}
    >
      {questions.map((q) => (
        <fieldset key={q.id}>
          <legend>
            {pick(q.prompt)}
            {q.required ? ' *' : ''}
          </legend>
          {(q.kind === 'single' || q.kind === 'multiple') &&
            q.options.map((o) => (
              <label key={o.id} className="participate__choice">
                <input
                  type={q.kind === 'single' ? 'radio' : 'checkbox'}
                  name={q.id}
                  checked={answers[q.id]?.optionIds.includes(o.id) ?? false}
                  onChange={(e) => {
                    const current = answers[q.id]?.optionIds ?? [];
                    const next = q.kind === 'single' ? [o.id] : e.target.checked ? [...current, o.id] : current.filter((x) => x !== o.id);
                    set(q.id, { optionIds: next });
                  }}
                />
                {pick(o.label)}
              </label>
            ))}
          {q.kind === 'rating' &&
            [1, 2, 3, 4, 5].map((value) => (
              <label key={value} className="participate__choice">
                <input type="radio" name={q.id} checked={answers[q.id]?.rating === value} onChange={() => set(q.id, { rating: value })} />
                {format.number(value)}
              </label>
            ))}
          {q.kind === 'text' && (
            <textarea
              aria-label={t('poll.textAnswer')}
              maxLength={1000}
              value={answers[q.id]?.text ?? ''}
              onChange={(e) => set(q.id, { text: e.target.value })}
            />
          )}
        </fieldset>
      ))}
      <ErrorMessage error={vote.error} />
      <Button type="submit" disabled={vote.isPending}>
        {t('poll.submit')}
      </Button>
    </form>
  );
}

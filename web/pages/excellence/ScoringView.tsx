import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ConfirmDialog } from '../../design/components/ConfirmDialog.tsx';
import { SubmissionReview } from './SubmissionReview.tsx';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { findNode } from '../../../workflows/excellence/framework-nodes.ts';
import type { FrameworkNode } from '../../../workflows/excellence/framework-schema.ts';
import type { LeafEntry } from '../../../workflows/excellence/leaf-score.ts';
import { useBilingual } from '../../i18n/bilingual.ts';
import { useFormat } from '../../i18n/format.ts';
import { BandGuide, emptyEntry, LeafEntryEditor } from './LeafEntryEditor.tsx';
import type { AssessmentView } from './assessment-view.ts';

interface Draft {
  entry: LeafEntry;
  strengths: string;
  afis: string;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * Assessor: score each criterion with the band descriptions and the entity's evidence side
 * by side. Every change is saved as it is made (text after a short pause); nothing of the
 * other assessors' sheets is shown until this one is submitted.
 */
export function ScoringView({ assessment: a, userId }: { assessment: AssessmentView; userId: string }) {
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const client = useQueryClient();
  const mine = useQuery(trpc.excellence.scoring.myScores.queryOptions({ id: a.id }));
  const evidence = useQuery(trpc.excellence.assessments.evidence.queryOptions({ id: a.id }));
  const self = useQuery(trpc.excellence.assessments.selfScores.queryOptions({ id: a.id }));
  const [confirming, setConfirming] = useState(false);
  const submit = useMutation(
    trpc.excellence.scoring.submitScores.mutationOptions({
      onSuccess: () => {
        setConfirming(false);
        void client.invalidateQueries();
      },
    }),
  );
  // The sheet as the server counts it, when the review opens.
  const review = useQuery({ ...trpc.excellence.scoring.sheetReview.queryOptions({ id: a.id }), enabled: confirming });
  const submitted = a.submittedAssessorIds.includes(userId);
  if (!mine.data) return <ErrorMessage error={mine.error} />;
  return (
    <div className="stack">
      <Card title={t('scoring.title')} subtitle={t('scoring.blind')}>
        <BandGuide fw={a.framework} />
      </Card>
      {a.applicableLeaves.map((code) => {
        const node = findNode(a.framework, code);
        if (!node) return null;
        const saved = mine.data.scores.find((s) => s.nodeCode === code);
        return (
          <LeafScoring
            key={code}
            assessmentId={a.id}
            fw={a.framework}
            node={node}
            disabled={submitted}
            scored={saved !== undefined}
            initial={{
              entry: (saved?.entry as LeafEntry | undefined) ?? emptyEntry(a.framework, node),
              strengths: (saved?.strengths ?? []).join('\n'),
              afis: (saved?.afis ?? []).join('\n'),
            }}
            evidence={(evidence.data ?? []).filter((e) => e.nodeCode === code)}
            selfPercent={self.data?.find((s) => s.nodeCode === code)?.percent ?? null}
          />
        );
      })}
      {submitted ? (
        <p role="status">{t('scoring.submitted')}</p>
      ) : (
        <div>
          <Button
            onClick={() => {
              submit.reset();
              setConfirming(true);
            }}
            disabled={submit.isPending}
          >
            {t('scoring.submit')}
          </Button>
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('confirm.submitScores.title')}
          confirmLabel={t('confirm.submitScores.confirm')}
          confirmDisabled={!review.data}
          pending={submit.isPending}
          error={submit.error ?? review.error}
          onCancel={() => setConfirming(false)}
          onConfirm={() => submit.mutate({ id: a.id })}
        >
          <SubmissionReview review={review.data} next={t('confirm.submitScores.next')} />
        </ConfirmDialog>
      )}
    </div>
  );
}

function LeafScoring(props: {
  assessmentId: string;
  fw: AssessmentView['framework'];
  node: FrameworkNode;
  disabled: boolean;
  initial: Draft;
  /** Whether a score sheet row was saved for the leaf (else it reads "not scored yet"). */
  scored: boolean;
  evidence: { id: string; kind: string; body: string; fileName: string | null }[];
  selfPercent: number | null;
}) {
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const bilingual = useBilingual();
  const format = useFormat();
  const [draft, setDraft] = useState<Draft>(props.initial);
  const [scored, setScored] = useState(props.scored);
  const save = useMutation(trpc.excellence.scoring.saveScore.mutationOptions());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const persist = (next: Draft, delayMs: number) => {
    setDraft(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      save.mutate({
        id: props.assessmentId,
        nodeCode: props.node.code,
        entry: next.entry,
        strengths: lines(next.strengths),
        afis: lines(next.afis),
      });
    }, delayMs);
  };
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <section className="exc-node exc-grid" aria-label={props.node.code} data-testid={`node-${props.node.code}`}>
      <div className="stack">
        <h3>
          <span className="exc-node__code">{props.node.code}</span>
          {bilingual(props.node.name)}
        </h3>
        <LeafEntryEditor
          fw={props.fw}
          node={props.node}
          value={draft.entry}
          disabled={props.disabled}
          scored={scored}
          onChange={(entry) => {
            setScored(true);
            persist({ ...draft, entry }, 0);
          }}
        />
        <label className="stack">
          <span>{t('scoring.strengths')}</span>
          <textarea
            className="exc-textarea"
            disabled={props.disabled}
            value={draft.strengths}
            placeholder={t('scoring.onePerLine')}
            onChange={(e) => persist({ ...draft, strengths: e.target.value }, 600)}
          />
        </label>
        <label className="stack">
          <span>{t('scoring.afis')}</span>
          <textarea
            className="exc-textarea"
            disabled={props.disabled}
            value={draft.afis}
            placeholder={t('scoring.onePerLine')}
            onChange={(e) => persist({ ...draft, afis: e.target.value }, 600)}
          />
        </label>
        <span className="exc-muted" role="status" data-testid={`saved-${props.node.code}`}>
          {save.isPending ? t('scoring.saving') : save.isSuccess ? t('scoring.autosaved') : ''}
        </span>
        <ErrorMessage error={save.error} />
      </div>
      <aside className="exc-side">
        <strong>{t('selfAssessment.guidance')}</strong>
        <p>{bilingual(props.node.guidance) || '—'}</p>
        <strong>{t('selfAssessment.evidence')}</strong>
        <ul>
          {props.evidence.map((e) => (
            <li key={e.id}>
              {e.kind === 'file' ? (
                e.fileName
              ) : e.kind === 'link' ? (
                <a href={e.body} target="_blank" rel="noreferrer">
                  {e.body}
                </a>
              ) : (
                e.body
              )}
            </li>
          ))}
        </ul>
        {props.selfPercent !== null && (
          <p>
            {t('scoring.selfScore')}: {format.score(props.selfPercent)}
          </p>
        )}
      </aside>
    </section>
  );
}

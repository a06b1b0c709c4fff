import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { SubmitWithReview } from './SubmitWithReview.tsx';
import { useTRPC } from '../../trpc/client.ts';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { findNode } from '../../../workflows/excellence/framework-nodes.ts';
import type { FrameworkNode } from '../../../workflows/excellence/framework-schema.ts';
import type { LeafEntry } from '../../../workflows/excellence/leaf-score.ts';
import { useBilingual } from '../../i18n/bilingual.ts';
import { useFormat } from '../../i18n/format.ts';
import { BandGuide, emptyEntry, LeafEntryEditor } from './LeafEntryEditor.tsx';
import type { AssessmentView } from './assessment-view.ts';
import { AssessmentOutline, goToLeaf, leafAnchor } from './AssessmentOutline.tsx';
import { EvidenceList, type EvidenceItem } from './EvidenceList.tsx';
import { scoringKey } from './scoring-keys.ts';

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
  const submit = useMutation(trpc.excellence.scoring.submitScores.mutationOptions({ onSuccess: () => void client.invalidateQueries() }));
  const format = useFormat();
  const submitted = a.submittedAssessorIds.includes(userId);
  if (!mine.data) return <ErrorMessage error={mine.error} />;
  return (
    <div className="exc-with-outline">
      <AssessmentOutline assessmentId={a.id} sheet="mine" />
      <div className="stack">
        <Card title={t('scoring.title')} subtitle={t('scoring.blind')}>
          <BandGuide fw={a.framework} />
        </Card>
        {!submitted && (
          <p className="exc-keys" id="scoring-keys" data-testid="keyboard-hint">
            <strong>{t('keys.title')}</strong>{' '}
            {t('keys.hint', Object.fromEntries([0, 1, 5, 9, 10, 90, 100].map((n) => [`d${n}`, format.number(n)])))}
          </p>
        )}
        {a.applicableLeaves.map((code, i) => {
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
              previous={a.applicableLeaves[i - 1]}
              next={a.applicableLeaves[i + 1]}
            />
          );
        })}
        {submitted ? (
          <p role="status">{t('scoring.submitted')}</p>
        ) : (
          <SubmitWithReview
            label={t('scoring.submit')}
            title={t('confirm.submitScores.title')}
            confirmLabel={t('confirm.submitScores.confirm')}
            next={t('confirm.submitScores.next')}
            review={trpc.excellence.scoring.sheetReview.queryOptions({ id: a.id })}
            submission={submit}
            onSubmit={(accepted) => submit.mutate({ id: a.id }, { onSuccess: accepted })}
          />
        )}
      </div>
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
  evidence: EvidenceItem[];
  selfPercent: number | null;
  previous: string | undefined;
  next: string | undefined;
}) {
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const bilingual = useBilingual();
  const format = useFormat();
  const [draft, setDraft] = useState<Draft>(props.initial);
  const [scored, setScored] = useState(props.scored);
  const client = useQueryClient();
  // The outline's counts come from the server: asked again after each save.
  const save = useMutation(
    trpc.excellence.scoring.saveScore.mutationOptions({
      onSuccess: () => client.invalidateQueries({ queryKey: trpc.excellence.outline.pathKey() }),
    }),
  );
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
  const setEntry = (entry: LeafEntry) => {
    setScored(true);
    persist({ ...draft, entry }, 0);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const key = scoringKey(e);
    if (!key) return;
    if (key.kind === 'move') {
      const to = key.to === 'next' ? props.next : props.previous;
      if (to) goToLeaf(to);
    } else {
      // Scores by key are for band-scored criteria; attributes and checklists keep their own controls.
      if (props.disabled || draft.entry.method !== 'bands') return;
      const current = scored ? draft.entry.score : null;
      const score = key.kind === 'score' ? key.score : Math.min(100, Math.max(0, (current ?? 0) + key.by));
      setEntry({ method: 'bands', score });
    }
    e.preventDefault();
  };
  return (
    <section
      id={leafAnchor(props.node.code)}
      // Focusable so the keyboard keys apply to this criterion.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a criterion is a keyboard target for scoring keys (see scoring-keys.ts)
      tabIndex={0}
      onKeyDown={onKeyDown}
      aria-describedby={props.disabled ? undefined : 'scoring-keys'}
      className="exc-node exc-grid"
      aria-label={props.node.code}
      data-testid={`node-${props.node.code}`}
    >
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
          onChange={setEntry}
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
        <EvidenceList items={props.evidence} />
        {props.selfPercent !== null && (
          <p>
            {t('scoring.selfScore')}: {format.score(props.selfPercent)}
          </p>
        )}
      </aside>
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { findNode } from '../../../workflows/excellence/framework-nodes.ts';
import type { LeafEntry } from '../../../workflows/excellence/leaf-score.ts';
import { leafEntryComplete } from '../../../workflows/excellence/leaf-entry-complete.ts';
import { useBilingual } from '../../i18n/bilingual.ts';
import { emptyEntry, LeafEntryEditor } from './LeafEntryEditor.tsx';
import { fileToBase64 } from './download.ts';
import type { AssessmentView } from './assessment-view.ts';
import { SubmitWithReview } from './SubmitWithReview.tsx';
import { AssessmentOutline, leafAnchor } from './AssessmentOutline.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { EvidenceLibrary } from './EvidenceLibrary.tsx';

/** Entity coordinator: score each criterion with its guidance beside it, attach evidence, submit. */
export function SelfAssessmentView({ assessment: a }: { assessment: AssessmentView }) {
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const client = useQueryClient();
  const bilingual = useBilingual();
  const scores = useQuery(trpc.excellence.assessments.selfScores.queryOptions({ id: a.id }));
  const evidence = useQuery(trpc.excellence.assessments.evidence.queryOptions({ id: a.id }));
  const previous = useQuery(trpc.excellence.assessments.previousAfis.queryOptions({ id: a.id }));
  const invalidate = () => client.invalidateQueries();
  const save = useMutation(trpc.excellence.assessments.saveSelfScore.mutationOptions({ onSuccess: invalidate }));
  const add = useMutation(trpc.excellence.assessments.addEvidence.mutationOptions({ onSuccess: invalidate }));
  const submit = useMutation(trpc.excellence.assessments.send.mutationOptions({ onSuccess: () => void invalidate() }));
  const remove = useMutation(trpc.excellence.evidence.remove.mutationOptions({ onSuccess: invalidate }));
  // A criterion is done when its entry scores all of it (every attribute or item), not when anything was saved.
  const done = (scores.data ?? []).filter((s) => {
    const node = findNode(a.framework, s.nodeCode);
    return node !== undefined && a.applicableLeaves.includes(s.nodeCode) && leafEntryComplete(a.framework, node, s.entry as LeafEntry);
  }).length;
  const total = a.applicableLeaves.length;
  return (
    <div className="exc-with-outline">
      <AssessmentOutline assessmentId={a.id} sheet="self" />
      <div className="stack">
        <Card title={t('selfAssessment.title')}>
          <p>{t('selfAssessment.progress', { done, count: total })}</p>
          <div
            className="exc-progress"
            role="progressbar"
            aria-label={t('selfAssessment.title')}
            aria-valuemin={0}
            aria-valuemax={total}
            aria-valuenow={done}
          >
            <div className="exc-progress__bar" style={{ inlineSize: `${total ? (done / total) * 100 : 0}%` }} />
          </div>
        </Card>
        {previous.data && previous.data.nodes.length > 0 && (
          <Card title={t('selfAssessment.previousAfis', { number: previous.data.cycleNumber })}>
            <ul>
              {previous.data.nodes.flatMap((n) =>
                n.afis.map((afi, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: last cycle's free-text comments have no id; a node's list is read-only here
                  <li key={`${n.nodeCode}-${i}`}>
                    {n.nodeCode}: {afi}
                  </li>
                )),
              )}
            </ul>
          </Card>
        )}
        <EvidenceLibrary assessmentId={a.id} leaves={a.applicableLeaves} />
        <ErrorMessage error={save.error ?? add.error ?? submit.error ?? remove.error} />
        {a.applicableLeaves.map((code) => {
          const node = findNode(a.framework, code);
          if (!node) return null;
          const saved = scores.data?.find((s) => s.nodeCode === code);
          return (
            <section key={code} id={leafAnchor(code)} tabIndex={-1} className="exc-node exc-grid" aria-label={code}>
              <div className="stack">
                <div className="exc-node__head">
                  <h3>
                    <span className="exc-node__code">{code}</span>
                    {bilingual(node.name)}
                  </h3>
                </div>
                <LeafEntryEditor
                  fw={a.framework}
                  node={node}
                  value={(saved?.entry as LeafEntry | undefined) ?? emptyEntry(a.framework, node)}
                  scored={saved !== undefined}
                  onChange={(entry) => save.mutate({ id: a.id, nodeCode: code, entry, comment: saved?.comment ?? '' })}
                />
                <EvidenceForm onAdd={(kind, body, file) => add.mutate({ id: a.id, nodeCode: code, kind, body, file })} />
                <EvidenceList
                  items={(evidence.data ?? []).filter((e) => e.nodeCode === code)}
                  onRemove={(evidenceId) => remove.mutate({ id: a.id, evidenceId })}
                />
              </div>
              <aside className="exc-side">
                <strong>{t('selfAssessment.guidance')}</strong>
                <p>{bilingual(node.guidance) || '—'}</p>
              </aside>
            </section>
          );
        })}
        <SubmitWithReview
          label={t('selfAssessment.submit')}
          title={t('confirm.submitSelf.title')}
          confirmLabel={t('confirm.submitSelf.confirm')}
          next={t('confirm.submitSelf.next')}
          review={trpc.excellence.assessments.submitReview.queryOptions({ id: a.id })}
          submission={submit}
          onSubmit={(accepted) => submit.mutate({ id: a.id, type: 'SUBMIT_SELF_ASSESSMENT' }, { onSuccess: accepted })}
        />
      </div>
    </div>
  );
}

function EvidenceForm({
  onAdd,
}: {
  onAdd(kind: 'text' | 'link' | 'file', body: string, file?: { name: string; mimeType: string; base64: string }): void;
}) {
  const { t } = useTranslation('excellence');
  const [text, setText] = useState('');
  return (
    <div className="exc-row">
      <input className="input" value={text} onChange={(e) => setText(e.target.value)} aria-label={t('selfAssessment.evidence')} />
      <Button variant="ghost" onClick={() => text && onAdd(/^https?:\/\//.test(text) ? 'link' : 'text', text)}>
        {/^https?:\/\//.test(text) ? t('selfAssessment.addLink') : t('selfAssessment.addText')}
      </Button>
      <label className="btn btn--ghost">
        {t('selfAssessment.upload')}
        <input
          type="file"
          hidden
          accept=".pdf,.png,.jpg,.jpeg,.txt,.csv,.docx,.xlsx,.pptx"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file)
              onAdd('file', '', { name: file.name, mimeType: file.type || 'application/octet-stream', base64: await fileToBase64(file) });
          }}
        />
      </label>
    </div>
  );
}

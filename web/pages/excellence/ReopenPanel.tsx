import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { ConfirmDialog } from '../../design/components/ConfirmDialog.tsx';
import { Field } from '../../design/components/Field.tsx';
import { useLocalName } from '../../app/display-name.ts';
import type { AssessmentView } from './assessment-view.ts';

type Reopening = { kind: 'self' } | { kind: 'scores'; assessorId: string; name: string };

/**
 * The programme manager sends a submission back with a reason: the entity's self-assessment
 * (until scoring starts) or one assessor's submitted sheet (until consensus is recorded). The
 * reason goes into the event's payload, so the history shows it, and into the notice.
 */
export function ReopenPanel({ assessment: a }: { assessment: AssessmentView }) {
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const client = useQueryClient();
  const localName = useLocalName();
  const [reopening, setReopening] = useState<Reopening | null>(null);
  const [reason, setReason] = useState('');
  const done = {
    onSuccess: () => {
      setReopening(null);
      setReason('');
      void client.invalidateQueries();
    },
  };
  const reopenSelf = useMutation(trpc.excellence.cycles.moveSelection.mutationOptions(done));
  const reopenScores = useMutation(trpc.excellence.scoring.reopenScores.mutationOptions(done));
  const submitted = a.team.filter((m) => a.submittedAssessorIds.includes(m.assessorId));
  const canReopenSelf = a.state === 'assessor_assignment';
  const canReopenScores = (a.state === 'independent_scoring' || a.state === 'consensus') && submitted.length > 0;
  if (!canReopenSelf && !canReopenScores) return null;
  const pending = reopenSelf.isPending || reopenScores.isPending;
  const confirm = () => {
    if (reopening?.kind === 'self')
      reopenSelf.mutate({ id: a.cycle.id, assessmentIds: [a.id], move: { type: 'REOPEN_SELF_ASSESSMENT', reason } });
    if (reopening?.kind === 'scores') reopenScores.mutate({ id: a.id, assessorId: reopening.assessorId, reason });
  };
  const open = (r: Reopening) => {
    reopenSelf.reset();
    reopenScores.reset();
    setReopening(r);
  };
  return (
    <Card title={canReopenSelf ? t('reopen.title') : t('reopen.scores')}>
      <div className="exc-row">
        {canReopenSelf && (
          <Button variant="secondary" onClick={() => open({ kind: 'self' })}>
            {t('reopen.title')}
          </Button>
        )}
        {canReopenScores &&
          submitted.map((m) => {
            const name = localName({ nameAr: m.nameAr, nameEn: m.nameEn });
            return (
              <Button key={m.assessorId} variant="secondary" onClick={() => open({ kind: 'scores', assessorId: m.assessorId, name })}>
                {t('reopen.scoresTitle', { name })}
              </Button>
            );
          })}
      </div>
      {reopening && (
        <ConfirmDialog
          title={reopening.kind === 'self' ? t('reopen.title') : t('reopen.scoresTitle', { name: reopening.name })}
          confirmLabel={t('reopen.confirm')}
          confirmDisabled={!reason.trim()}
          pending={pending}
          error={reopenSelf.error ?? reopenScores.error}
          onCancel={() => setReopening(null)}
          onConfirm={confirm}
        >
          <p>{reopening.kind === 'self' ? t('reopen.next') : t('reopen.scoresNext')}</p>
          <Field label={t('reopen.reason')}>
            {(id) => (
              <textarea id={id} className="input" rows={3} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
            )}
          </Field>
        </ConfirmDialog>
      )}
    </Card>
  );
}

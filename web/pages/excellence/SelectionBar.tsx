import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { ConfirmDialog } from '../../design/components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Input } from '../../design/components/Field.tsx';
import { useFormat } from '../../i18n/format.ts';
import { TeamPicker } from './TeamPicker.tsx';

type Asking = 'START_SCORING' | 'EXTEND_SELF_ASSESSMENT' | 'REOPEN_SELF_ASSESSMENT' | null;

/**
 * The programme manager's moves for the entities ticked in the progress table: assign one team,
 * start scoring, extend the self-assessment deadline, reopen a submitted self-assessment. Each is
 * sent per assessment by the server in one transaction; the ones whose stage refuses it are reported.
 */
export function SelectionBar({
  cycleId,
  selected,
  pool,
  onDone,
}: {
  cycleId: string;
  selected: readonly string[];
  pool: { userId: string; nameAr: string; nameEn: string; workload: number }[];
  onDone(): void;
}) {
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const format = useFormat();
  const [asking, setAsking] = useState<Asking>(null);
  const [picking, setPicking] = useState(false);
  const [reason, setReason] = useState('');
  const [date, setDate] = useState('');
  const move = useMutation(
    trpc.excellence.cycles.moveSelection.mutationOptions({
      onSuccess: () => {
        setAsking(null);
        setPicking(false);
        setReason('');
        setDate('');
        onDone();
      },
    }),
  );
  const ids = [...selected];
  const open = (what: Asking) => {
    move.reset();
    setAsking(what);
  };
  const confirm = () => {
    if (asking === 'START_SCORING') move.mutate({ id: cycleId, assessmentIds: ids, move: { type: 'START_SCORING' } });
    if (asking === 'REOPEN_SELF_ASSESSMENT')
      move.mutate({ id: cycleId, assessmentIds: ids, move: { type: 'REOPEN_SELF_ASSESSMENT', reason } });
    if (asking === 'EXTEND_SELF_ASSESSMENT')
      move.mutate({
        id: cycleId,
        assessmentIds: ids,
        move: { type: 'EXTEND_SELF_ASSESSMENT', dueAt: new Date(date).toISOString(), reason },
      });
  };
  const label = {
    START_SCORING: t('selection.startScoring'),
    EXTEND_SELF_ASSESSMENT: t('selection.extend'),
    REOPEN_SELF_ASSESSMENT: t('selection.reopen'),
  };
  const none = ids.length === 0;
  return (
    <Card title={t('selection.title')} subtitle={none ? t('selection.none') : t('selection.count', { n: format.number(ids.length) })}>
      <div className="exc-row" data-testid="selection-actions">
        <Button variant="secondary" disabled={none} onClick={() => setPicking(!picking)} aria-expanded={picking}>
          {t('selection.assignToggle')}
        </Button>
        {(['START_SCORING', 'EXTEND_SELF_ASSESSMENT', 'REOPEN_SELF_ASSESSMENT'] as const).map((what) => (
          <Button key={what} variant="secondary" disabled={none} onClick={() => open(what)}>
            {label[what]}
          </Button>
        ))}
      </div>
      {move.data && (
        <p role="status" data-testid="selection-result">
          {t('selection.result', { moved: format.number(move.data.moved.length), refused: format.number(move.data.refused.length) })}
        </p>
      )}
      {!asking && <ErrorMessage error={move.error} />}
      {picking && !none && (
        <TeamPicker
          groupName="selection"
          assigned={[]}
          assignedLead=""
          pool={pool}
          label={t('selection.assign')}
          pending={move.isPending}
          onAssign={(team) => move.mutate({ id: cycleId, assessmentIds: ids, move: { type: 'ASSIGN_TEAM', team } })}
        />
      )}
      {asking && (
        <ConfirmDialog
          title={`${label[asking]} · ${t('selection.count', { n: format.number(ids.length) })}`}
          confirmLabel={label[asking]}
          confirmDisabled={(asking !== 'START_SCORING' && !reason.trim()) || (asking === 'EXTEND_SELF_ASSESSMENT' && !date)}
          pending={move.isPending}
          error={move.error}
          onCancel={() => setAsking(null)}
          onConfirm={confirm}
        >
          {asking === 'START_SCORING' && <p>{t('confirm.cycle.next.START_SCORING')}</p>}
          {asking === 'REOPEN_SELF_ASSESSMENT' && <p>{t('reopen.next')}</p>}
          {asking === 'EXTEND_SELF_ASSESSMENT' && (
            <Field label={t('extend.dueAt')}>
              {(id) => <Input id={id} type="datetime-local" value={date} onChange={(e) => setDate(e.target.value)} />}
            </Field>
          )}
          {asking !== 'START_SCORING' && (
            <Field label={t('reopen.reason')}>{(id) => <Input id={id} value={reason} onChange={(e) => setReason(e.target.value)} />}</Field>
          )}
        </ConfirmDialog>
      )}
    </Card>
  );
}

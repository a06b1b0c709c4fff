import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Input, Select } from '../../design/components/Field.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import { useEntityNames } from '../../app/entity-names.ts';
import type { WorkshopView } from '../../../api/workshops/workshop-view.ts';
import { useBilingual } from '../../i18n/bilingual.ts';
import { ConfirmDialog } from '../../design/components/ConfirmDialog.tsx';
import { stateLabel } from '../../i18n/workflow-labels.ts';
import { JoinLinkCard } from './JoinLinkCard.tsx';
import { UndoButton } from './UndoButton.tsx';

type Act = (type: string, payload?: Record<string, unknown>) => Promise<unknown>;
const working = ['discovery', 'ideation', 'voting', 'prioritisation', 'bundle_design', 'commitments'];

/** Phase control, invitation, the room and vote rules; the board sits beside it. */
export function FacilitatorConsole({ view, act }: { view: WorkshopView; act: Act }) {
  const { t } = useTranslation('workshops');
  const budgetId = useId();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const pick = useBilingual();
  const entityName = useEntityNames();
  const [reason, setReason] = useState('');
  const [confirmingAdvance, setConfirmingAdvance] = useState(false);
  const phaseName = (phase: string) => stateLabel(t, 'workshop', phase);
  const [rep, setRep] = useState('');
  const [budget, setBudget] = useState(view.settings.votes.budget);
  const [anonymous, setAnonymous] = useState(view.settings.votes.anonymous);
  const reps = useQuery(trpc.workshops.representatives.queryOptions());
  const addRep = useMutation(trpc.workshops.addRepresentative.mutationOptions());
  const duplicate = useMutation(trpc.workshops.duplicate.mutationOptions({ onSuccess: (r) => void navigate(`/workshops/${r.id}`) }));
  const isWorking = working.includes(view.phase);
  const joinLink = view.inviteCode ? `${window.location.origin}/join/${view.inviteCode}` : null;
  const present = new Set(view.participants.map((p) => p.id));
  // Representatives have names in both languages on their accounts; customers typed one name.
  const repName = (id: string) => {
    const rep = reps.data?.find((r) => r.id === id);
    return rep ? pick(rep.name) : undefined;
  };

  return (
    <div className="ws-console">
      <Card title={t('console.title')}>
        <div className="ws-controls">
          {view.nextPhase !== null && (
            // The button names where it leads; moving on is one-way, so it asks first.
            <Button onClick={() => setConfirmingAdvance(true)} data-testid="advance">
              {t('console.advanceTo', { phase: phaseName(view.nextPhase) })}
            </Button>
          )}
          {confirmingAdvance && view.nextPhase !== null && (
            <ConfirmDialog
              title={t('console.advanceConfirmTitle', { phase: phaseName(view.nextPhase) })}
              confirmLabel={t('console.advanceTo', { phase: phaseName(view.nextPhase) })}
              onCancel={() => setConfirmingAdvance(false)}
              // A refusal shows on the page, as every other console action's does.
              onConfirm={() => void act('ADVANCE').then(() => setConfirmingAdvance(false))}
            >
              <p>
                {t('console.advanceConfirmBody', {
                  current: phaseName(view.phase),
                  phase: phaseName(view.nextPhase),
                  people: view.participants.length,
                })}
              </p>
            </ConfirmDialog>
          )}
          {isWorking &&
            [5, 10].map((m) => (
              <Button key={m} variant="secondary" onClick={() => void act('EXTEND_PHASE', { minutes: m })}>
                {t('console.extend', { count: m })}
              </Button>
            ))}
          {view.phase === 'voting' &&
            (view.votingLocked ? (
              <StatusPill tone="warning">{t('console.locked')}</StatusPill>
            ) : (
              <Button variant="accent" onClick={() => void act('LOCK_VOTING')}>
                {t('console.lockVoting')}
              </Button>
            ))}
        </div>
        {isWorking && (
          <div className="ws-add">
            <Input
              aria-label={t('console.skipReason')}
              placeholder={t('console.skipReason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            <Button
              variant="ghost"
              disabled={!reason.trim()}
              onClick={() => void act('SKIP_PHASE', { reason: reason.trim() }).then(() => setReason(''))}
            >
              {t('console.skip')}
            </Button>
          </div>
        )}
        {!view.votingLocked && ['planned', 'participants_invited', 'discovery', 'ideation', 'voting'].includes(view.phase) && (
          <div className="ws-add">
            <label className="ws-inline" htmlFor={budgetId}>
              {t('console.voteRules')}
              <Input
                id={budgetId}
                type="number"
                min={1}
                max={50}
                value={budget}
                onChange={(e) => setBudget(Number(e.target.value))}
                className="ws-number"
              />
            </label>
            <label className="ws-inline">
              <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} /> {t('console.anonymous')}
            </label>
            <Button
              variant="secondary"
              onClick={() => void act('SET_VOTE_RULES', { rules: { budget, maxPerIdea: view.settings.votes.maxPerIdea, anonymous } })}
            >
              {t('console.saveRules')}
            </Button>
          </div>
        )}
        {view.undo && <UndoButton undo={view.undo} onUndo={() => void act('UNDO_BOARD_ACTION')} />}
        <p className="ws-links">
          <Link to={`/workshops/${view.id}/present`} target="_blank" rel="noopener">
            {t('aids.presenter')}
          </Link>
          {['report', 'closed'].includes(view.phase) && <Link to={`/workshops/${view.id}/report`}>{t('console.report')}</Link>}
          {view.phase === 'closed' && (
            <Button variant="ghost" onClick={() => duplicate.mutate({ id: view.id })}>
              {t('console.duplicate')}
            </Button>
          )}
        </p>
      </Card>

      <Card
        title={t('console.participants')}
        subtitle={
          view.inviteCode ? (
            <>
              {t('console.invite')}:{' '}
              <bdi dir="ltr" className="ws-code" data-testid="invite-code">
                {view.inviteCode}
              </bdi>
            </>
          ) : undefined
        }
      >
        {joinLink && <JoinLinkCard link={joinLink} />}
        <ul className="ws-people" data-testid="participants">
          {view.participants.map((p) => (
            <li key={p.id} className={p.removed ? 'ws-people__removed' : ''}>
              <span>
                {repName(p.id) ?? p.name} <small className="muted">· {p.entityId ? entityName(p.entityId) : t(`kind.${p.kind}`)}</small>
              </span>
              {p.removed ? (
                <StatusPill>{t('console.removed')}</StatusPill>
              ) : (
                <Button variant="ghost" onClick={() => void act('REMOVE_PARTICIPANT', { participantId: p.id })}>
                  {t('console.remove')}
                </Button>
              )}
            </li>
          ))}
        </ul>
        {view.phase !== 'closed' && (
          <div className="ws-add">
            <Select aria-label={t('console.addRepresentative')} value={rep} onChange={(e) => setRep(e.target.value)}>
              <option value="">{t('console.addRepresentative')}</option>
              {(reps.data ?? [])
                .filter((r) => !present.has(r.id))
                .map((r) => (
                  <option key={r.id} value={r.id}>
                    {pick(r.name)} · {r.entityId ? entityName(r.entityId) : ''}
                  </option>
                ))}
            </Select>
            <Button
              variant="secondary"
              disabled={!rep}
              onClick={() => addRep.mutate({ id: view.id, userId: rep }, { onSuccess: () => setRep('') })}
            >
              {t('console.add')}
            </Button>
          </div>
        )}
        <ErrorMessage error={addRep.error ?? duplicate.error} />
      </Card>
    </div>
  );
}

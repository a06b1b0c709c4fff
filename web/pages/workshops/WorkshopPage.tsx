import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import { LiveIndicator } from '../instance/LiveIndicator.tsx';
import { useBilingual } from '../../i18n/bilingual.ts';
import { FacilitatorConsole } from './FacilitatorConsole.tsx';
import { PhaseTimer } from './PhaseTimer.tsx';
import { WorkshopBoard } from './WorkshopBoard.tsx';
import { AgendaList } from './AgendaList.tsx';
import { useLiveWorkshop, useWorkshopAction } from './live-workshop.ts';
import { stateLabel } from '../../i18n/workflow-labels.ts';
import './workshops.css';

const voteActions = new Set(['CAST_VOTE', 'RETRACT_VOTE']);

/** One workshop, live: the facilitator's console beside the board, or a participant's board alone. */
export function WorkshopPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('workshops');
  const pick = useBilingual();
  const { view, live } = useLiveWorkshop(id);
  const action = useWorkshopAction(id);
  // A refusal that someone joining answers ("invite a participant first") goes once they have joined.
  const joined = view?.participants.length ?? 0;
  const joinedBefore = useRef(joined);
  const { error: actionError, reset } = action;
  useEffect(() => {
    if (joined > joinedBefore.current && actionError) reset();
    joinedBefore.current = joined;
  }, [joined, actionError, reset]);
  const voteError = action.error && voteActions.has(action.type ?? '') ? action.error : null;
  if (live.error && !view) return <ErrorMessage error={live.error} />;
  if (!view) return <p className="muted">{t('common:status.loading')}</p>;
  const facilitator = view.me.role === 'facilitator';
  return (
    <div className={`stack ws-page${facilitator ? ' ws-page--console' : ''}`} data-testid="workshop-page" data-version={view.version}>
      <PageHeader
        title={pick(view.title)}
        subtitle={
          <span className="ws-phasebar">
            <span data-testid="workshop-phase">
              <StatusPill tone="accent">{stateLabel(t, 'workshop', view.phase)}</StatusPill>
            </span>{' '}
            <PhaseTimer endsAt={view.phaseEndsAt} />
          </span>
        }
        actions={<LiveIndicator status={live.status} />}
      />
      <ErrorMessage error={live.error ?? (voteError ? null : action.error)} />
      {['report', 'closed'].includes(view.phase) && !facilitator && <Link to={`/workshops/${view.id}/report`}>{t('report.title')}</Link>}
      <div className="ws-layout">
        {facilitator && <FacilitatorConsole view={view} act={action.act} />}
        <div className="ws-board">
          <AgendaList view={view} />
          <WorkshopBoard view={view} act={action.act} voteError={voteError} />
        </div>
      </div>
    </div>
  );
}

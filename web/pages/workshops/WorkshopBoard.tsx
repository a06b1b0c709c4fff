import { useTranslation } from 'react-i18next';
import type { WorkshopView } from '../../../api/workshops/workshop-view.ts';
import { NotesLanes } from './NotesLanes.tsx';
import { IdeasPanel } from './IdeasPanel.tsx';
import { RankingPanel } from './RankingPanel.tsx';
import { CommitmentsPanel } from './CommitmentsPanel.tsx';
import { DesignPanel } from './DesignPanel.tsx';

type Act = (type: string, payload?: Record<string, unknown>) => Promise<unknown>;
const order = [
  'planned',
  'participants_invited',
  'discovery',
  'ideation',
  'voting',
  'prioritisation',
  'bundle_design',
  'commitments',
  'report',
  'closed',
];
const reached = (view: WorkshopView, phase: string) => order.indexOf(view.phase) >= order.indexOf(phase);

/** The shared board, mobile first: what the current phase works on comes first. */
export function WorkshopBoard({ view, act, voteError = null }: { view: WorkshopView; act: Act; voteError?: unknown }) {
  const { t } = useTranslation('workshops');
  // The facilitator is the one who starts: their own page does not tell them to wait for themselves.
  if (!reached(view, 'discovery'))
    return <p className="muted">{view.me.role === 'facilitator' ? t('board.waitingFacilitator') : t('board.waiting')}</p>;
  return (
    <div className="ws-board">
      {/* Without ideas there is nothing to rank: no empty matrix. */}
      {reached(view, 'prioritisation') && view.board.ideas.some((i) => i.mergedInto === null) && <RankingPanel view={view} act={act} />}
      {reached(view, 'commitments') && <CommitmentsPanel view={view} act={act} />}
      {reached(view, 'bundle_design') && <DesignPanel view={view} act={act} />}
      {view.phase === 'discovery' && <NotesLanes view={view} onAdd={(lane, text) => act('ADD_NOTE', { lane, text })} />}
      <IdeasPanel view={view} act={act} facilitator={view.me.role === 'facilitator'} voteError={voteError} />
      {view.phase !== 'discovery' && <NotesLanes view={view} onAdd={(lane, text) => act('ADD_NOTE', { lane, text })} />}
    </div>
  );
}

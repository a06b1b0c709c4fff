import { useTranslation } from 'react-i18next';
import type { WorkshopView } from '../../../api/workshops/workshop-view.ts';
import { Button } from '../../design/components/Button.tsx';

/** The facilitator's undo: names what it takes back; the server decides whether it still may. */
export function UndoButton({ undo, onUndo }: { undo: NonNullable<WorkshopView['undo']>; onUndo(): void }) {
  const { t } = useTranslation('workshops');
  const what =
    undo.kind === 'merge' ? t('aids.undoMerge', { text: undo.text }) : t(`aids.undoAdd.${undo.list ?? 'notes'}`, { text: undo.text });
  return (
    <div className="ws-add">
      <Button variant="secondary" onClick={onUndo} data-testid="undo">
        {t('aids.undo')}
      </Button>
      <span className="muted" data-testid="undo-what">
        {what}
      </span>
    </div>
  );
}

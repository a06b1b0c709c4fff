import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { ConfirmDialog } from '../../design/components/ConfirmDialog.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useLocalName } from '../../app/display-name.ts';
import { stateLabel } from '../../i18n/workflow-labels.ts';

export type CycleMove = 'OPEN' | 'START_SCORING' | 'START_MODERATION' | 'PUBLISH' | 'CLOSE';

/** Before a cycle move: how many assessments it takes along and which stay behind (counted by the server), what follows, then confirm. */
export function CycleMoveConfirm({
  cycleId,
  move,
  pending,
  error,
  onConfirm,
  onCancel,
}: {
  cycleId: string;
  move: CycleMove;
  pending: boolean;
  error: unknown;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const format = useFormat();
  const localName = useLocalName();
  const review = useQuery(trpc.excellence.cycles.moveReview.queryOptions({ id: cycleId, type: move }));
  const r = review.data;
  return (
    <ConfirmDialog
      title={t('confirm.cycle.title', { move: t(`cycles.moves.${move}`) })}
      confirmLabel={t(`cycles.moves.${move}`)}
      confirmDisabled={!r}
      pending={pending}
      error={error ?? review.error}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      {!r ? (
        <p role="status">{t('confirm.loading')}</p>
      ) : (
        <>
          <p>{t('confirm.cycle.moving', { moving: format.number(r.moving), total: format.number(r.total) })}</p>
          {r.behind.length > 0 && (
            <>
              <p>{t('confirm.cycle.behind')}</p>
              <ul data-testid="review-behind">
                {r.behind.map((b) => (
                  <li key={b.assessmentId}>
                    {localName({ nameAr: b.nameAr, nameEn: b.nameEn })} · {stateLabel(t, 'excellence_assessment', b.state)}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>
            <strong>{t(`confirm.cycle.next.${move}`)}</strong>
          </p>
        </>
      )}
    </ConfirmDialog>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field } from '../../design/components/Field.tsx';
import { ConfirmInline } from '../../design/components/ConfirmInline.tsx';

/** The reviewer's decision on a submitted report: accept it (findings become gaps) or return it with a reason. */
export function ReviewPanel({ visitId }: { visitId: string }) {
  const { t } = useTranslation('mysteryShopper');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const review = useMutation(trpc.mysteryShopper.visits.review.mutationOptions({ onSuccess: () => queryClient.invalidateQueries() }));
  return (
    <Card title={t('review.title')}>
      <div className="stack">
        <ConfirmInline
          label={t('review.accept')}
          question={t('review.confirmAccept')}
          testId="accept-visit"
          onConfirm={() => review.mutate({ id: visitId, decision: 'accept' })}
        />
        <Field label={t('review.reason')}>
          {(id) => <textarea id={id} className="input" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <ConfirmInline
          label={t('review.return')}
          question={t('review.confirmReturn')}
          variant="secondary"
          disabled={reason.trim() === ''}
          testId="return-visit"
          onConfirm={() => review.mutate({ id: visitId, decision: 'return', reason })}
        />
        <ErrorMessage error={review.error} />
      </div>
    </Card>
  );
}

import { useState } from 'react';
import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { Button } from '../../design/components/Button.tsx';
import { ConfirmDialog } from '../../design/components/ConfirmDialog.tsx';
import { SubmissionReview, type SheetReviewView } from './SubmissionReview.tsx';

export interface SubmitWithReviewProps<TQueryFnData, TError, TQueryKey extends QueryKey> {
  /** The button's text, e.g. "Submit scores". */
  label: string;
  /** The dialog's question and its confirming button. */
  title: string;
  confirmLabel: string;
  /** What happens once it is submitted, shown under the counts. */
  next: string;
  /** The server's count of the sheet, asked when the review opens. */
  review: UseQueryOptions<TQueryFnData, TError, SheetReviewView, TQueryKey>;
  /** The parent's submit mutation: its refusal shows in the dialog, and the parent may show it too. */
  submission: { isPending: boolean; error: unknown; reset(): void };
  /** Sends the submission; `accepted` closes the dialog when the server took it. */
  onSubmit(accepted: () => void): void;
}

/**
 * An assessment sheet's one-way submission: the button, then the review of what it hands over
 * (criteria complete, those missing, what happens next) counted by the server when the review
 * opens, and the confirmation. Confirming waits for the count; a refusal stays beside the step.
 */
export function SubmitWithReview<TQueryFnData, TError, TQueryKey extends QueryKey>({
  label,
  title,
  confirmLabel,
  next,
  review,
  submission,
  onSubmit,
}: SubmitWithReviewProps<TQueryFnData, TError, TQueryKey>) {
  const [confirming, setConfirming] = useState(false);
  const counted = useQuery({ ...review, enabled: confirming });
  return (
    <>
      <div>
        <Button
          onClick={() => {
            submission.reset();
            setConfirming(true);
          }}
          disabled={submission.isPending}
        >
          {label}
        </Button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={title}
          confirmLabel={confirmLabel}
          confirmDisabled={!counted.data}
          pending={submission.isPending}
          error={submission.error ?? counted.error}
          onCancel={() => setConfirming(false)}
          onConfirm={() => onSubmit(() => setConfirming(false))}
        >
          <SubmissionReview review={counted.data} next={next} />
        </ConfirmDialog>
      )}
    </>
  );
}

import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';

export interface ConfirmDialogProps {
  /** The question, e.g. "Submit the self-assessment?"; it labels the dialog. */
  title: string;
  /** The review: what is complete, what is missing, what happens next and who is told. */
  children: ReactNode;
  /** Names the step ("Submit", "Publish results"); the default is a plain confirmation. */
  confirmLabel?: string;
  /** Holds the confirmation back, e.g. until a required reason is written. */
  confirmDisabled?: boolean;
  pending?: boolean;
  /** The server's refusal, shown inside the dialog so it stays beside the step. */
  error?: unknown;
  onConfirm(): void;
  onCancel(): void;
  testId?: string;
}

/**
 * The one confirmation before a step that cannot be undone. A native modal <dialog>: the page
 * behind is inert, so focus stays inside; Escape cancels; the title labels it and the review
 * describes it. Focus starts on "Cancel", so a stray Enter never confirms. Mount it to open it.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  confirmDisabled = false,
  pending = false,
  error,
  onConfirm,
  onCancel,
  testId = 'confirm-dialog',
}: ConfirmDialogProps) {
  const { t } = useTranslation('common');
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      data-testid={testId}
      onCancel={(e) => {
        // Escape: the parent unmounts the dialog, which closes it.
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      <div id={bodyId} className="confirm-dialog__body">
        {children}
      </div>
      <ErrorMessage error={error} />
      <div className="confirm-dialog__buttons">
        <Button variant="ghost" onClick={onCancel} autoFocus>
          {t('confirmDialog.cancel')}
        </Button>
        <Button onClick={onConfirm} disabled={confirmDisabled || pending}>
          {confirmLabel ?? t('confirmDialog.confirm')}
        </Button>
      </div>
    </dialog>
  );
}

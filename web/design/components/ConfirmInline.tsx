import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, type ButtonVariant } from './Button.tsx';

export interface ConfirmInlineProps {
  label: ReactNode;
  /** The question asked in place of the button ("Retire «Passport»?"); it names the prompt. */
  question: string;
  onConfirm(): void;
  disabled?: boolean;
  variant?: ButtonVariant;
  testId?: string;
}

/**
 * A small one-way step asked in place, beside the row it acts on (retire, hide, acknowledge): the
 * first press asks, "Confirm" does it, "Cancel" puts the button back. Steps that need a review of
 * what is complete and who is told use ConfirmDialog instead.
 */
export function ConfirmInline({ label, question, onConfirm, disabled, variant = 'secondary', testId }: ConfirmInlineProps) {
  const { t } = useTranslation('common');
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <Button variant={variant} disabled={disabled} onClick={() => setAsking(true)} data-testid={testId}>
        {label}
      </Button>
    );
  return (
    <span role="alertdialog" aria-label={question} className="confirm-inline">
      <span>{question}</span>
      <span className="confirm-inline__buttons">
        <Button
          variant="accent"
          data-testid={testId ? `${testId}-confirm` : undefined}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {t('confirmDialog.confirm')}
        </Button>
        <Button variant="ghost" onClick={() => setAsking(false)}>
          {t('confirmDialog.cancel')}
        </Button>
      </span>
    </span>
  );
}

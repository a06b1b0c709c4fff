import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, type ButtonVariant } from '../../design/components/Button.tsx';

/** A one-way step: the first press asks, the second (Confirm) does it. */
export function ConfirmButton({
  label,
  question,
  onConfirm,
  disabled,
  variant = 'primary',
  testId,
}: {
  label: ReactNode;
  question: string;
  onConfirm(): void;
  disabled?: boolean;
  variant?: ButtonVariant;
  testId?: string;
}) {
  const { t } = useTranslation('mysteryShopper');
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <Button variant={variant} disabled={disabled} onClick={() => setAsking(true)} data-testid={testId}>
        {label}
      </Button>
    );
  return (
    <div role="alertdialog" aria-label={question} className="stack">
      <p>{question}</p>
      <div className="cluster">
        <Button
          data-testid={testId ? `${testId}-confirm` : undefined}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {t('confirm')}
        </Button>
        <Button variant="secondary" onClick={() => setAsking(false)}>
          {t('cancel')}
        </Button>
      </div>
    </div>
  );
}

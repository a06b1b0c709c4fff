import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../design/components/Button.tsx';

/** A one-way step behind a question: the button asks, "yes" does it. */
export function Confirm({
  label,
  question,
  onConfirm,
  disabled,
}: {
  label: ReactNode;
  question: string;
  onConfirm(): void;
  disabled?: boolean;
}) {
  const { t } = useTranslation('commandCentre');
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <Button variant="secondary" onClick={() => setAsking(true)} disabled={disabled}>
        {label}
      </Button>
    );
  return (
    <div role="alertdialog" aria-label={question} className="stack">
      <span>{question}</span>
      <div className="cc-actions">
        <Button
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {t('alerts.confirm')}
        </Button>
        <Button variant="secondary" onClick={() => setAsking(false)}>
          {t('alerts.cancel')}
        </Button>
      </div>
    </div>
  );
}

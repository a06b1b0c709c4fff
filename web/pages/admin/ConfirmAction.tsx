import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../design/components/Button.tsx';

/** A button that asks before it acts (archive, retire): the question, then "yes" or "cancel". */
export function ConfirmAction({
  label,
  question,
  onConfirm,
  disabled,
}: {
  label: string;
  question: string;
  onConfirm(): void;
  disabled?: boolean;
}) {
  const { t } = useTranslation('registry');
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <Button variant="secondary" onClick={() => setAsking(true)} disabled={disabled}>
        {label}
      </Button>
    );
  return (
    <span role="alertdialog" aria-label={label} className="admin-confirm">
      <span>{question}</span>{' '}
      <Button
        variant="accent"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('common.confirm')}
      </Button>{' '}
      <Button variant="ghost" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </Button>
    </span>
  );
}

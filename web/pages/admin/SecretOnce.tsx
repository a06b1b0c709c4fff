import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';

/** A token's secret, shown this once, with a copy button; gone when the administrator says it is stored. */
export function SecretOnce({ secret, onDone }: { secret: string; onDone(): void }) {
  const { t } = useTranslation('apiTokens');
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(secret);
    setCopied(true);
  };
  return (
    <Card title={t('secret.title')}>
      <div className="stack" role="status">
        <p>{t('secret.warning')}</p>
        <code dir="ltr" data-testid="token-secret" style={{ wordBreak: 'break-all', userSelect: 'all' }}>
          {secret}
        </code>
        <div>
          <Button variant="secondary" onClick={() => void copy()}>
            {copied ? t('secret.copied') : t('secret.copy')}
          </Button>{' '}
          <Button onClick={onDone}>{t('secret.done')}</Button>
        </div>
      </div>
    </Card>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Input } from '../../design/components/Field.tsx';

/** Asks for a six-digit code by e-mail and trades it for a token (kept for this tab only). */
export function EmailVerification({ consultationId, onVerified }: { consultationId: string; onVerified(token: string): void }) {
  const { t } = useTranslation('participation');
  const trpc = useTRPC();
  const [email, setEmail] = useState('');
  const [code, setCode] = useState('');
  const request = useMutation(trpc.participation.public.requestCode.mutationOptions());
  const verify = useMutation(trpc.participation.public.verifyCode.mutationOptions({ onSuccess: (r) => onVerified(r.token) }));
  return (
    <fieldset data-testid="email-verification">
      <legend>{t('email.title')}</legend>
      <p>{t('email.hint')}</p>
      <Field label={t('email.address')}>
        {(id) => <Input id={id} type="email" dir="ltr" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
      </Field>
      <Button
        variant="secondary"
        disabled={request.isPending || email === ''}
        onClick={() => request.mutate({ id: consultationId, email })}
      >
        {t('email.send')}
      </Button>
      {request.isSuccess && <p role="status">{t('email.sent')}</p>}
      {request.isSuccess && (
        <>
          <Field label={t('email.code')}>
            {(id) => (
              <Input
                id={id}
                inputMode="numeric"
                dir="ltr"
                autoComplete="one-time-code"
                value={code}
                onChange={(e) => setCode(e.target.value)}
              />
            )}
          </Field>
          <Button disabled={verify.isPending || code === ''} onClick={() => verify.mutate({ id: consultationId, email, code })}>
            {t('email.verify')}
          </Button>
        </>
      )}
      <ErrorMessage error={request.error ?? verify.error} />
    </fieldset>
  );
}

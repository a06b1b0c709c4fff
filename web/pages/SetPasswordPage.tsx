import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../trpc/client.ts';
import { Button } from '../design/components/Button.tsx';
import { ErrorMessage } from '../design/components/ErrorMessage.tsx';
import { Field, Input } from '../design/components/Field.tsx';
import { LanguageSwitch } from '../app/LanguageSwitch.tsx';
import { useBilingual } from '../i18n/bilingual.ts';
import './login.css';

/** The token rides in the address's fragment (#token=…), which the browser never sends to a server. */
function tokenFromLocation(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

/** Where a one-time link lands: greets the person, takes a new password, and signs them in. */
export function SetPasswordPage() {
  const { t } = useTranslation('admin');
  const trpc = useTRPC();
  const pick = useBilingual();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [token] = useState(tokenFromLocation);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const link = useQuery({ ...trpc.auth.accountLink.queryOptions({ token: token || '-' }), retry: false });
  const setPw = useMutation(
    trpc.auth.setPassword.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
        void navigate('/', { replace: true });
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMismatch(password !== confirm);
    if (password === confirm) setPw.mutate({ token, password });
  };
  return (
    <div className="login">
      <main className="login__panel">
        <div className="login__lang">
          <LanguageSwitch variant="secondary" />
        </div>
        <form className="login__form card" onSubmit={submit} noValidate data-testid="set-password">
          <h1>{t('setPassword.title')}</h1>
          <ErrorMessage error={link.error} />
          {link.data && (
            <>
              <p className="muted">
                {t('setPassword.welcome', {
                  name: pick({ ar: link.data.displayNameAr, en: link.data.displayNameEn }),
                  username: link.data.username,
                })}
              </p>
              <Field label={t('setPassword.password')} hint={t('setPassword.hint')}>
                {(id) => (
                  <Input
                    id={id}
                    name="password"
                    type="password"
                    autoComplete="new-password"
                    value={password}
                    onChange={(e) => setPassword(e.target.value)}
                  />
                )}
              </Field>
              <Field label={t('setPassword.confirm')}>
                {(id) => (
                  <>
                    <Input
                      id={id}
                      name="confirm"
                      type="password"
                      autoComplete="new-password"
                      value={confirm}
                      onChange={(e) => setConfirm(e.target.value)}
                    />
                    {mismatch && (
                      <span className="field__error" role="alert">
                        {t('setPassword.mismatch')}
                      </span>
                    )}
                  </>
                )}
              </Field>
              <ErrorMessage error={setPw.error} />
              <Button type="submit" block disabled={setPw.isPending}>
                {t('setPassword.submit')}
              </Button>
            </>
          )}
        </form>
      </main>
    </div>
  );
}

import { useEffect, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../trpc/client.ts';
import { Button } from '../design/components/Button.tsx';
import { ErrorMessage } from '../design/components/ErrorMessage.tsx';
import { Field, Input } from '../design/components/Field.tsx';
import { LanguageSwitch } from '../app/LanguageSwitch.tsx';
import { useSession } from '../app/session.ts';
import { clearSessionExpired } from '../app/session-expiry.ts';
import { isLocale, storedLocale, storeLocale } from '../i18n/locale.ts';
import { localeOf, pickBilingual } from '../i18n/bilingual.ts';
import './login.css';

/** Only same-app paths: a crafted ?next= must not send the user to another site. */
function safeNext(value: string | null): string {
  return value?.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const expired = params.get('expired') === '1';
  const options = useQuery(trpc.auth.signInOptions.queryOptions());
  const ssoRefusal = params.get('sso');
  useEffect(() => clearSessionExpired(), []);
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async () => {
        const me = await queryClient.fetchQuery({ ...trpc.auth.me.queryOptions(), staleTime: 0 });
        // A first visit on this browser takes the language saved on the account.
        if (!storedLocale() && me && isLocale(me.locale)) {
          storeLocale(me.locale);
          if (me.locale !== i18n.language) await i18n.changeLanguage(me.locale);
        }
        void navigate(safeNext(params.get('next')), { replace: true });
      },
    }),
  );

  if (session.data) return <Navigate to={safeNext(params.get('next'))} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ username, password });
  };

  return (
    <div className="login">
      <aside className="login__brand">
        <span className="login__logo" aria-hidden="true">
          ت
        </span>
        <p className="login__name">{t('app.name')}</p>
        <p className="login__tagline">{t('app.tagline')}</p>
      </aside>
      <main className="login__panel">
        <div className="login__lang">
          <LanguageSwitch variant="secondary" />
        </div>
        <form className="login__form card" onSubmit={submit} noValidate>
          <h1>{t('login.title')}</h1>
          <p className="muted">{t('login.intro')}</p>
          {ssoRefusal && (
            <p className="login__notice" role="alert" data-testid="sso-refusal">
              {t(`errors:auth.sso.${ssoRefusal}`, { defaultValue: t('errors:auth.sso.failed') })}
            </p>
          )}
          {options.data?.sso && (
            <>
              <a
                className="btn btn--primary btn--block"
                data-testid="sso-sign-in"
                href={`${options.data.sso.path}?next=${encodeURIComponent(safeNext(params.get('next')))}`}
              >
                {t('login.sso', {
                  label: pickBilingual({ ar: options.data.sso.labelAr, en: options.data.sso.labelEn }, localeOf(i18n.language)),
                })}
              </a>
              {options.data.password && <p className="muted login__or">{t('login.or')}</p>}
            </>
          )}
          {expired && (
            <p className="login__notice" role="status" data-testid="session-expired">
              {t('login.expired')}
            </p>
          )}
          {options.data?.password !== false && (
            <>
              <Field label={t('login.username')}>
                {(id) => (
                  <Input
                    id={id}
                    name="username"
                    autoComplete="username"
                    dir="ltr"
                    required
                    value={username}
                    onChange={(e) => setUsername(e.target.value)}
                  />
                )}
              </Field>
              <Field label={t('login.password')}>
                {(id) => (
                  <Input
                    id={id}
                    name="password"
                    type="password"
                    autoComplete="current-password"
                    dir="ltr"
                    required
                    value={password}
                    onChange={(e) => setPassword(e.target.value)}
                  />
                )}
              </Field>
              {login.isError && <ErrorMessage error={login.error} />}
              <Button type="submit" block disabled={login.isPending || !username || !password}>
                {login.isPending ? t('login.submitting') : t('login.submit')}
              </Button>
            </>
          )}
        </form>
      </main>
    </div>
  );
}

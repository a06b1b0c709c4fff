/** Which claims of the provider give what the workspace needs about a person. */
export interface ClaimNames {
  username: string;
  email: string;
  nameAr: string;
  nameEn: string;
  /** The claim holding the person's entity code; null when the provider does not tell. */
  entityCode: string | null;
}

export interface OidcConfig {
  issuer: URL;
  clientId: string;
  clientSecret: string | null;
  scopes: string;
  claims: ClaimNames;
  /** What happens at the first sign-in of a person with no account: refused, or an account with no role. */
  unknownPeople: 'refuse' | 'provision';
  /** The button's words: "Sign in with {label}". */
  label: { ar: string; en: string };
  /** Loopback and test providers speak plain HTTP; never in production. */
  allowHttp: boolean;
}

/**
 * Single sign-on settings from the environment; null when `TAMAYUZ_OIDC_ISSUER` is unset. See the
 * README's configuration table for each variable.
 */
export function oidcConfigFromEnv(env: NodeJS.ProcessEnv = process.env): OidcConfig | null {
  if (!env.TAMAYUZ_OIDC_ISSUER) return null;
  if (!env.TAMAYUZ_OIDC_CLIENT_ID) throw new Error('TAMAYUZ_OIDC_ISSUER is set but TAMAYUZ_OIDC_CLIENT_ID is not');
  const unknown = env.TAMAYUZ_OIDC_UNKNOWN_PEOPLE ?? 'refuse';
  if (unknown !== 'refuse' && unknown !== 'provision') throw new Error('TAMAYUZ_OIDC_UNKNOWN_PEOPLE must be refuse or provision');
  const issuer = new URL(env.TAMAYUZ_OIDC_ISSUER);
  return {
    issuer,
    clientId: env.TAMAYUZ_OIDC_CLIENT_ID,
    clientSecret: env.TAMAYUZ_OIDC_CLIENT_SECRET ?? null,
    scopes: env.TAMAYUZ_OIDC_SCOPES ?? 'openid profile email',
    claims: {
      username: env.TAMAYUZ_OIDC_CLAIM_USERNAME ?? 'preferred_username',
      email: env.TAMAYUZ_OIDC_CLAIM_EMAIL ?? 'email',
      nameAr: env.TAMAYUZ_OIDC_CLAIM_NAME_AR ?? 'name',
      nameEn: env.TAMAYUZ_OIDC_CLAIM_NAME_EN ?? 'name',
      entityCode: env.TAMAYUZ_OIDC_CLAIM_ENTITY ?? null,
    },
    unknownPeople: unknown,
    label: { ar: env.TAMAYUZ_OIDC_LABEL_AR ?? env.TAMAYUZ_OIDC_LABEL ?? 'الدخول الموحد', en: env.TAMAYUZ_OIDC_LABEL ?? 'single sign-on' },
    allowHttp: issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname),
  };
}

/** Whether people may sign in with a local password (`TAMAYUZ_PASSWORD_SIGN_IN=0` turns it off). */
export function passwordSignInFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.TAMAYUZ_PASSWORD_SIGN_IN !== '0';
}

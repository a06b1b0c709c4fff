import { createHash } from 'node:crypto';
import * as client from 'openid-client';
import type { DB } from '../../db/schema.ts';
import type { Logger } from '../../http/logger.ts';
import type { OidcConfig } from './oidc-config.ts';
import { personForClaims, type Claims } from './oidc-person.ts';

/** What a callback comes to: a person to open a session for, or a refusal the sign-in page translates. */
export type SignInOutcome =
  | { kind: 'signed-in'; userId: string; idToken: string; returnTo: string }
  | { kind: 'refused'; reason: SsoRefusal };

/** Each is `errors.auth.sso.<reason>` in the message catalogues. */
export type SsoRefusal = 'failed' | 'expired' | 'denied' | 'unknownPerson' | 'deactivated' | 'awaitingRole';

const signInLifetimeMs = 10 * 60_000;
export const callbackPath = '/auth/oidc/callback';

function hash(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/**
 * OpenID Connect sign-in (authorization code + PKCE, with state and nonce) through openid-client.
 * The provider's metadata is discovered at the first sign-in and kept; a failed discovery is tried
 * again at the next one, so the API starts even while the provider is unreachable.
 */
export class OidcSignIn {
  #configuration: Promise<client.Configuration> | null = null;

  constructor(
    private readonly db: DB,
    readonly config: OidcConfig,
    private readonly publicUrl: string,
    private readonly logger: Logger,
  ) {}

  get redirectUri(): string {
    return new URL(callbackPath, this.publicUrl).toString();
  }

  #provider(): Promise<client.Configuration> {
    this.#configuration ??= client
      .discovery(
        this.config.issuer,
        this.config.clientId,
        this.config.clientSecret ?? undefined,
        undefined,
        this.config.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((err: unknown) => {
        this.#configuration = null;
        throw err;
      });
    return this.#configuration;
  }

  /** The provider's authorization URL and the `state` the browser keeps in a cookie until the callback. */
  async start(returnTo: string, now = new Date()): Promise<{ url: URL; state: string }> {
    const provider = await this.#provider();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const verifier = client.randomPKCECodeVerifier();
    await this.db
      .insertInto('oidc_sign_ins')
      .values({
        state_hash: hash(state),
        nonce,
        code_verifier: verifier,
        return_to: returnTo,
        expires_at: new Date(now.getTime() + signInLifetimeMs),
      })
      .execute();
    const url = client.buildAuthorizationUrl(provider, {
      redirect_uri: this.redirectUri,
      scope: this.config.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url, state };
  }

  /**
   * Completes a sign-in from the callback URL. The state must match the cookie of the browser that
   * started it and a sign-in row still waiting (used once); the code is exchanged with the PKCE
   * verifier and the ID token checked against the nonce; the person is found, linked or provisioned.
   */
  async finish(callbackUrl: URL, cookieState: string | null, now = new Date()): Promise<SignInOutcome> {
    const state = callbackUrl.searchParams.get('state');
    if (!state || state !== cookieState) return { kind: 'refused', reason: 'expired' };
    const pending = await this.db
      .deleteFrom('oidc_sign_ins')
      .where('state_hash', '=', hash(state))
      .where('expires_at', '>', now)
      .returningAll()
      .executeTakeFirst();
    if (!pending) return { kind: 'refused', reason: 'expired' };
    if (callbackUrl.searchParams.has('error')) return { kind: 'refused', reason: 'denied' };
    let claims: Claims;
    let idToken: string;
    try {
      const provider = await this.#provider();
      const tokens = await client.authorizationCodeGrant(provider, callbackUrl, {
        pkceCodeVerifier: pending.code_verifier,
        expectedState: state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims || !tokens.id_token) return { kind: 'refused', reason: 'failed' };
      idToken = tokens.id_token;
      claims = { ...idClaims };
      // Many providers (UAE PASS among them) give names and e-mail only at the userinfo endpoint.
      if (provider.serverMetadata().userinfo_endpoint)
        claims = { ...(await client.fetchUserInfo(provider, tokens.access_token, idClaims.sub)), ...idClaims };
    } catch (err) {
      this.logger.warn({ err }, 'single sign-on callback failed');
      return { kind: 'refused', reason: 'failed' };
    }
    const person = await personForClaims(this.db, this.config, claims, now);
    if (person.kind === 'refused') return person;
    return { kind: 'signed-in', userId: person.userId, idToken, returnTo: pending.return_to };
  }

  /** Where to send the browser to sign out at the provider too; null when it offers no end-session endpoint. */
  async endSessionUrl(idToken: string): Promise<string | null> {
    const provider = await this.#provider().catch(() => null);
    if (!provider?.serverMetadata().end_session_endpoint) return null;
    return client
      .buildEndSessionUrl(provider, { id_token_hint: idToken, post_logout_redirect_uri: new URL('/login', this.publicUrl).toString() })
      .toString();
  }
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A free loopback port (the app and the provider must know each other's address before either starts). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** What the provider says about a person who signs in there under `login`. */
export type ClaimsFor = (login: string) => Record<string, string>;

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (`oidc-provider`) on loopback with its development login and consent
 * screens: any login name with any password signs in as that name. One confidential client, which
 * must use PKCE, with the given redirect and post-logout URIs.
 */
export async function startTestOidcProvider(options: {
  port: number;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  claimsFor: ClaimsFor;
}): Promise<TestOidcProvider> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const clientId = 'tamayuz-test';
  const clientSecret = 'a-test-client-secret-long-enough-for-hs256-0123456789';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        post_logout_redirect_uris: options.postLogoutRedirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email'], profile: ['name', 'name_ar', 'preferred_username', 'entity_code'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    cookies: { keys: ['a-test-cookie-signing-key'] },
    async findAccount(_ctx: unknown, id: string) {
      return { accountId: id, claims: async () => ({ sub: id, ...options.claimsFor(id) }) };
    },
  });
  // Its warnings about development interactions are expected here.
  provider.on('server_error', (_ctx: unknown, err: Error) => console.error('[test oidc provider]', err));
  const server: Server = createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

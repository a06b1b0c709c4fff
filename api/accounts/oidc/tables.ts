import type { Generated } from 'kysely';
import type { Timestamp } from '../../../engine/db/schema.ts';

/** Which account a provider's subject signs in as (one provider today; the issuer keeps them apart). */
export interface UserIdentitiesTable {
  issuer: string;
  subject: string;
  user_id: string;
  linked_at: Generated<Timestamp>;
  last_sign_in_at: Timestamp | null;
}

/** A sign-in between the redirect to the provider and its callback; used once. */
export interface OidcSignInsTable {
  /** sha256 of the `state` sent to the provider (also held in the browser's cookie). */
  state_hash: string;
  nonce: string;
  code_verifier: string;
  /** Same-app path to open after signing in. */
  return_to: string;
  expires_at: Timestamp;
}

/** The ID token of a session opened through the provider, for signing out there too. */
export interface OidcSessionsTable {
  token_hash: string;
  id_token: string;
}

export interface OidcTables {
  user_identities: UserIdentitiesTable;
  oidc_sign_ins: OidcSignInsTable;
  oidc_sessions: OidcSessionsTable;
}

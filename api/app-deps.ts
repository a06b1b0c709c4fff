import type { Notifications } from '../engine/db/notifications.ts';
import type { WorkflowEngine } from '../engine/workflow/engine.ts';
import type { WorkflowRegistry } from '../engine/workflow/registry.ts';
import type { DriverKind } from '../engine/db/connect.ts';
import type { IdentityProvider } from './accounts/identity-provider.ts';
import type { OidcSignIn } from './accounts/oidc/oidc-sign-in.ts';
import type { DB } from './db/schema.ts';
import type { VisibilityRules } from './access/visibility-rules.ts';

/**
 * The app's dependencies: what every procedure can reach (database, engine, registry,
 * notifications, identity provider), built once per process by `createApp`. Not to be
 * confused with the government service catalogue (`services` in the router).
 */
export interface AppDeps {
  db: DB;
  driver: DriverKind;
  engine: WorkflowEngine;
  registry: WorkflowRegistry;
  /** Who may read each workflow kind, for the generic workflow API. */
  visibility: VisibilityRules;
  notifications: Notifications;
  identity: IdentityProvider;
  /** Single sign-on through an OpenID provider; null when none is configured. */
  oidc: OidcSignIn | null;
  /** Whether local passwords are accepted (`TAMAYUZ_PASSWORD_SIGN_IN=0` turns them off). */
  passwordSignIn: boolean;
  secureCookies: boolean;
  /** Behind a trusted reverse proxy: the client address is X-Forwarded-For's last hop. */
  trustProxy: boolean;
  /** Fallback re-read interval of live event streams; null leaves NOTIFY alone (see `watchInstance`). */
  watchPollMs?: number | null;
}

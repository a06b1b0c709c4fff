import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from '../../engine/db/schema.ts';
import type { OptionalTimestamp } from '../admin/optional-timestamp.ts';

export interface EntitiesTable {
  id: string;
  code: string;
  name_ar: string;
  name_en: string;
  /** ministry | authority | council | ... */
  type: string;
  sector: string;
  delivers_services: boolean;
  created_at: Generated<Date>;
  /** The entity this one belongs to (a department under its ministry); never a cycle. */
  parent_entity_id: Generated<string | null>;
  /** Set instead of deleting: history keeps reading the entity, pickers no longer offer it. */
  archived_at: OptionalTimestamp;
}

export interface ServiceCentresTable {
  id: string;
  entity_id: string;
  code: string;
  name_ar: string;
  name_en: string;
  /** on_premises | remote */
  model: string;
  /** counter | web | app | call_centre | kiosk */
  channel: string;
  city_ar: string;
  city_en: string;
  created_at: Generated<Date>;
  active: Generated<boolean>;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name_ar: string;
  display_name_en: string;
  /** null for accounts that sign in only through an external identity provider. */
  password_hash: string | null;
  /** Where notices and invitations are mailed; null for people without one. */
  email: ColumnType<string | null, string | null | undefined, string | null>;
  locale: string;
  active: boolean;
  created_at: Generated<Date>;
}

/** One role a person holds; for entity-bound roles the entity they act for, for others their home entity (or none). */
export interface UserRolesTable {
  user_id: string;
  role: string;
  entity_id: string | null;
}

/** A one-time link that lets a person set their password (an invitation or a reset). */
export interface AccountLinksTable {
  /** sha256 of the token: the table never holds a usable link. */
  token_hash: string;
  user_id: string;
  /** set_password | invitation */
  purpose: string;
  created_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface SessionsTable {
  /** sha256 of the cookie token: a leaked table does not leak live sessions. */
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
}

/** Sign-in failures of one account from one address, and how long that pair must wait. */
export interface LoginBackoffTable {
  username: string;
  address: string;
  /** Attempts reserved since the last success (each is a failure until proven right). */
  failures: number;
  last_attempt_at: Timestamp;
  blocked_until: Timestamp | null;
}

/** Failed sign-ins from one address across all accounts in a fixed window: a brake on password spraying. */
export interface LoginAddressWindowTable {
  address: string;
  attempts: number;
  window_started_at: Timestamp;
}

export interface AccountTables {
  entities: EntitiesTable;
  service_centres: ServiceCentresTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  account_links: AccountLinksTable;
  sessions: SessionsTable;
  login_backoff: LoginBackoffTable;
  login_address_window: LoginAddressWindowTable;
}

import type { DB } from '../db/schema.ts';
import type { ListDefinition, OnboardingList } from '../../workflows/onboarding/list-definition.ts';
import { entitiesList } from '../../workflows/onboarding/entities-list.ts';
import { centresList } from '../../workflows/onboarding/centres-list.ts';
import type { ListStore } from './list-store.ts';
import { entityStore } from './entity-store.ts';
import { centreStore } from './centre-store.ts';

export interface ImportableList<R> {
  definition: ListDefinition<R>;
  store: ListStore<R>;
  emailOwners: (db: DB, emails: string[]) => Promise<Map<string, string>>;
}

const noEmails = async () => new Map<string, string>();

/** The lists the database can take today, by name. */
export const importableLists: Partial<Record<OnboardingList, ImportableList<unknown>>> = {
  entities: { definition: entitiesList, store: entityStore, emailOwners: noEmails },
  centres: { definition: centresList, store: centreStore, emailOwners: noEmails },
};

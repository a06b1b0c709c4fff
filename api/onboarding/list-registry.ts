import type { DB } from '../db/schema.ts';
import type { ListDefinition, OnboardingList } from '../../workflows/onboarding/list-definition.ts';
import { entitiesList } from '../../workflows/onboarding/entities-list.ts';
import { centresList } from '../../workflows/onboarding/centres-list.ts';
import type { ListStore } from './list-store.ts';
import { entityStore } from './entity-store.ts';
import { centreStore } from './centre-store.ts';
import { peopleList } from '../../workflows/onboarding/people-list.ts';
import { emailOwners, personStore } from './person-store.ts';

export interface ImportableList<R> {
  definition: ListDefinition<R>;
  store: ListStore<R>;
  emailOwners: (db: DB, emails: string[]) => Promise<Map<string, string>>;
}

const noEmails = async () => new Map<string, string>();

/** The lists the database can take today, by name; a store may cache per import, so each call builds afresh. */
export function importableList(name: OnboardingList): ImportableList<unknown> | undefined {
  switch (name) {
    case 'entities':
      return { definition: entitiesList, store: entityStore, emailOwners: noEmails };
    case 'centres':
      return { definition: centresList, store: centreStore, emailOwners: noEmails };
    case 'people':
      return { definition: peopleList, store: personStore(), emailOwners };
    default:
      return undefined;
  }
}

import type { ListLookups } from './reference-data.ts';
import type { ListDefinition, OnboardingList } from '../../workflows/onboarding/list-definition.ts';
import { entitiesList } from '../../workflows/onboarding/entities-list.ts';
import { centresList } from '../../workflows/onboarding/centres-list.ts';
import type { ListStore } from './list-store.ts';
import { entityStore } from './entity-store.ts';
import { centreStore } from './centre-store.ts';
import { peopleList } from '../../workflows/onboarding/people-list.ts';
import { emailOwners, personStore } from './person-store.ts';
import { servicesList } from '../../workflows/onboarding/services-list.ts';
import { serviceStore } from './service-store.ts';
import { documentIds } from './document-ids.ts';

export interface ImportableList<R> {
  definition: ListDefinition<R>;
  store: ListStore<R>;
  lookups: ListLookups;
}

/** The lists the database can take today, by name; a store may cache per import, so each call builds afresh. */
export function importableList(name: OnboardingList): ImportableList<unknown> | undefined {
  switch (name) {
    case 'entities':
      return { definition: entitiesList, store: entityStore, lookups: {} };
    case 'centres':
      return { definition: centresList, store: centreStore, lookups: {} };
    case 'people':
      return { definition: peopleList, store: personStore(), lookups: { emailOwners } };
    case 'services':
      return { definition: servicesList, store: serviceStore, lookups: { documentIds } };
  }
}

import type { Locale } from './locale.ts';
import { improvement as enImprovement } from './en/improvement.ts';
import { improvement as arImprovement } from './ar/improvement.ts';
import { common as enCommon } from './en/common.ts';
import { common as arCommon } from './ar/common.ts';
import { errors as enErrors } from './en/errors.ts';
import { errors as arErrors } from './ar/errors.ts';
import { workflows as enWorkflows } from './en/workflows.ts';
import { workflows as arWorkflows } from './ar/workflows.ts';
import { excellence as enExcellence } from './en/excellence.ts';
import { excellence as arExcellence } from './ar/excellence.ts';
import { journeys as enJourneys } from './en/journeys.ts';
import { journeys as arJourneys } from './ar/journeys.ts';

import { workshops as enWorkshops } from './en/workshops.ts';
import { workshops as arWorkshops } from './ar/workshops.ts';
import { bundles as enBundles } from './en/bundles.ts';
import { bundles as arBundles } from './ar/bundles.ts';

export type NamespaceResources = Record<Locale, object>;

/**
 * Every translation namespace the app loads. A domain adds its own with one line here,
 * e.g. `excellence: { en: enExcellence, ar: arExcellence },` next to its two modules.
 */
export const namespaces = {
  common: { en: enCommon, ar: arCommon },
  errors: { en: enErrors, ar: arErrors },
  workflows: { en: enWorkflows, ar: arWorkflows },
  improvement: { en: enImprovement, ar: arImprovement },
  excellence: { en: enExcellence, ar: arExcellence },
  journeys: { en: enJourneys, ar: arJourneys },
  workshops: { en: enWorkshops, ar: arWorkshops },
  bundles: { en: enBundles, ar: arBundles },
} satisfies Record<string, NamespaceResources>;

export type Namespace = keyof typeof namespaces;

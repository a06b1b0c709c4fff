import type { Locale } from './locale.ts';
import { improvement as enImprovement } from './en/improvement.ts';
import { improvement as arImprovement } from './ar/improvement.ts';
import { common as enCommon } from './en/common.ts';
import { common as arCommon } from './ar/common.ts';
import { errors as enErrors } from './en/errors.ts';
import { errors as arErrors } from './ar/errors.ts';
import { workflows as enWorkflows } from './en/workflows.ts';
import { workflows as arWorkflows } from './ar/workflows.ts';
import { excellence as enExcellence, excellenceErrors as enExcellenceErrors } from './en/excellence.ts';
import { excellence as arExcellence, excellenceErrors as arExcellenceErrors } from './ar/excellence.ts';
import { journeys as enJourneys } from './en/journeys.ts';
import { journeys as arJourneys } from './ar/journeys.ts';
import { workshops as enWorkshops, workshopErrors as enWorkshopErrors } from './en/workshops.ts';
import { workshops as arWorkshops, workshopErrors as arWorkshopErrors } from './ar/workshops.ts';
import { bundles as enBundles } from './en/bundles.ts';
import { bundles as arBundles } from './ar/bundles.ts';
import { onboarding as enOnboarding } from './en/onboarding.ts';
import { onboarding as arOnboarding } from './ar/onboarding.ts';
import { admin as enAdmin } from './en/admin.ts';
import { admin as arAdmin } from './ar/admin.ts';
import { mail as enMail } from './en/mail.ts';
import { mail as arMail } from './ar/mail.ts';
import { apiTokens as enApiTokens } from './en/api-tokens.ts';
import { apiTokens as arApiTokens } from './ar/api-tokens.ts';
import { registry as enRegistry } from './en/registry.ts';
import { registry as arRegistry } from './ar/registry.ts';
import { withDomainErrors, type DomainErrorTexts } from './domain-errors.ts';

export type NamespaceResources = Record<Locale, object>;

/**
 * Each domain's refusal texts, keyed by the prefix the API sends (`errors.<prefix>.<reason>`):
 * a domain adds its refusals with one line here, and they join the shared `errors` namespace.
 */
const domainErrors = {
  improvement: { en: enImprovement.errors, ar: arImprovement.errors },
  excellence: { en: enExcellenceErrors.excellence, ar: arExcellenceErrors.excellence },
  journeys: { en: enJourneys.errors, ar: arJourneys.errors },
  // Customer-experience imports belong to the journeys domain and share its texts.
  cx: { en: enJourneys.errors, ar: arJourneys.errors },
  workshops: { en: enWorkshopErrors.workshops, ar: arWorkshopErrors.workshops },
  bundles: { en: enWorkshopErrors.bundles, ar: arWorkshopErrors.bundles },
  onboarding: { en: enOnboarding.errors, ar: arOnboarding.errors },
  people: { en: enAdmin.errors, ar: arAdmin.errors },
  accountLink: { en: enAdmin.linkErrors, ar: arAdmin.linkErrors },
  apiTokens: { en: enApiTokens.errors, ar: arApiTokens.errors },
  registry: { en: enRegistry.errors, ar: arRegistry.errors },
} satisfies Record<string, DomainErrorTexts>;

/**
 * Every translation namespace the app loads. A domain adds its own with one line here,
 * e.g. `excellence: { en: enExcellence, ar: arExcellence },` next to its two modules.
 */
export const namespaces = {
  common: { en: enCommon, ar: arCommon },
  errors: { en: withDomainErrors(enErrors, domainErrors, 'en'), ar: withDomainErrors(arErrors, domainErrors, 'ar') },
  workflows: { en: enWorkflows, ar: arWorkflows },
  improvement: { en: enImprovement, ar: arImprovement },
  excellence: { en: enExcellence, ar: arExcellence },
  journeys: { en: enJourneys, ar: arJourneys },
  workshops: { en: enWorkshops, ar: arWorkshops },
  bundles: { en: enBundles, ar: arBundles },
  onboarding: { en: enOnboarding, ar: arOnboarding },
  admin: { en: enAdmin, ar: arAdmin },
  mail: { en: enMail, ar: arMail },
  apiTokens: { en: enApiTokens, ar: arApiTokens },
  registry: { en: enRegistry, ar: arRegistry },
} satisfies Record<string, NamespaceResources>;

export type Namespace = keyof typeof namespaces;

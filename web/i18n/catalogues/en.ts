import { common } from '../en/common.ts';
import { errors } from '../en/errors.ts';
import { workflows } from '../en/workflows.ts';
import { improvement } from '../en/improvement.ts';
import { excellence, excellenceErrors } from '../en/excellence.ts';
import { journeys } from '../en/journeys.ts';
import { workshops, workshopErrors } from '../en/workshops.ts';
import { bundles } from '../en/bundles.ts';
import { admin } from '../en/admin.ts';
import { mail } from '../en/mail.ts';
import { apiTokens } from '../en/api-tokens.ts';
import { registry } from '../en/registry.ts';
import { onboarding } from '../en/onboarding.ts';
import { participation } from '../en/participation.ts';
import { mysteryShopper } from '../en/mystery-shopper.ts';
import { search } from '../en/search.ts';
import { commandCentre } from '../en/command-centre.ts';
import { joinDomainErrors, type Texts } from '../domain-errors.ts';

/**
 * Each domain's refusal texts, keyed by the prefix the API sends (`errors.<prefix>.<reason>`):
 * a domain adds its refusals with one line here and the same line in ar.ts (typed against this one),
 * and they join the shared `errors` namespace.
 */
export const domainErrors = {
  improvement: improvement.errors,
  excellence: excellenceErrors.excellence,
  journeys: journeys.errors,
  // Customer-experience imports belong to the journeys domain and share its texts.
  cx: journeys.errors,
  workshops: workshopErrors.workshops,
  bundles: workshopErrors.bundles,
  people: admin.errors,
  accountLink: admin.linkErrors,
  apiTokens: apiTokens.errors,
  registry: registry.errors,
  onboarding: onboarding.errors,
  participation: participation.errors,
  mysteryShopper: mysteryShopper.errors,
  search: search.errors,
  commandCentre: commandCentre.errors,
} satisfies Record<string, Texts>;

/**
 * Every translation namespace in English: the app loads this module only when the interface is
 * in English (web/i18n/catalogue.ts). A domain adds its namespace with one line here and the
 * same line in ar.ts, which refuses to compile until it has it.
 */
export const en = {
  common,
  errors: joinDomainErrors(errors, domainErrors),
  workflows,
  improvement,
  excellence,
  journeys,
  workshops,
  bundles,
  admin,
  mail,
  apiTokens,
  registry,
  onboarding,
  participation,
  mysteryShopper,
  search,
  commandCentre,
};

import { common } from '../ar/common.ts';
import { errors } from '../ar/errors.ts';
import { workflows } from '../ar/workflows.ts';
import { improvement } from '../ar/improvement.ts';
import { excellence, excellenceErrors } from '../ar/excellence.ts';
import { journeys } from '../ar/journeys.ts';
import { workshops, workshopErrors } from '../ar/workshops.ts';
import { bundles } from '../ar/bundles.ts';
import { admin } from '../ar/admin.ts';
import { mail } from '../ar/mail.ts';
import { apiTokens } from '../ar/api-tokens.ts';
import { registry } from '../ar/registry.ts';
import { onboarding } from '../ar/onboarding.ts';
import { participation } from '../ar/participation.ts';
import { mysteryShopper } from '../ar/mystery-shopper.ts';
import { search } from '../ar/search.ts';
import { commandCentre } from '../ar/command-centre.ts';
import { joinDomainErrors, type Texts } from '../domain-errors.ts';
import type { domainErrors as enDomainErrors, en } from './en.ts';

/** The Arabic side of en.ts's `domainErrors`: the same prefixes, or this does not compile. */
const domainErrors = {
  improvement: improvement.errors,
  excellence: excellenceErrors.excellence,
  journeys: journeys.errors,
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
} satisfies Record<keyof typeof enDomainErrors, Texts>;

/** Every translation namespace in Arabic, loaded only when the interface is in Arabic; the same names as en.ts. */
export const ar = {
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
} satisfies Record<keyof typeof en, object>;

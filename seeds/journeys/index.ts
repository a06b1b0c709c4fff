import type { JourneyMapInput } from '../../workflows/journeys/journey-map.ts';
import { jobseekerAsIs } from './jobseeker.ts';
import { marriageAsIs } from './marriage.ts';
import { newbornAsIs, newbornToBe } from './newborn.ts';
import { residenceRenewalAsIs } from './residence-renewal.ts';
import { smallBusinessAsIs } from './small-business.ts';

export { jobseekerAsIs, marriageAsIs, newbornAsIs, newbornToBe, residenceRenewalAsIs, smallBusinessAsIs };

/** The five priority journeys, as-is, in priority order. */
export const priorityJourneyAsIsMaps: readonly JourneyMapInput[] = [
  newbornAsIs,
  residenceRenewalAsIs,
  smallBusinessAsIs,
  marriageAsIs,
  jobseekerAsIs,
];

/** Every seeded map version, to-be included. */
export const seededJourneyMaps: readonly JourneyMapInput[] = [...priorityJourneyAsIsMaps, newbornToBe];

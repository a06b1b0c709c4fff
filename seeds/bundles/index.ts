import type { Bundle } from '../../workflows/bundles/bundle.ts';
import { comingToWorkBundle } from './coming-to-work.ts';
import { doingBusinessBundle } from './doing-business.ts';
import { emergenciesBundle } from './emergencies.ts';
import { engagementAndMarriageBundle } from './engagement-and-marriage.ts';
import { jobSeekingBundle } from './job-seeking.ts';
import { newBabyBundle } from './new-baby.ts';
import { retirementBundle } from './retirement.ts';
import { studyAbroadBundle } from './study-abroad.ts';

/**
 * The eight life-event bundles of the programme, in its order. Entity codes are the
 * placeholders listed in workflows/bundles/entity-codes.ts.
 */
export const bundleSeeds: readonly Bundle[] = [
  jobSeekingBundle,
  newBabyBundle,
  engagementAndMarriageBundle,
  studyAbroadBundle,
  retirementBundle,
  emergenciesBundle,
  doingBusinessBundle,
  comingToWorkBundle,
];

export {
  comingToWorkBundle,
  doingBusinessBundle,
  emergenciesBundle,
  engagementAndMarriageBundle,
  jobSeekingBundle,
  newBabyBundle,
  retirementBundle,
  studyAbroadBundle,
};

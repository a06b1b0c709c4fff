import type { FrameworkInput } from '../../workflows/excellence/framework-schema.ts';
import { governmentExcellenceModel } from './government-excellence-model.ts';
import { serviceCentreGuide } from './service-centre-guide.ts';
import { mysteryShopperChecklist } from './mystery-shopper-checklist.ts';

export { governmentExcellenceModel, serviceCentreGuide, mysteryShopperChecklist };

/** The reference frameworks seeded into a new installation. */
export const seedFrameworks: readonly FrameworkInput[] = [governmentExcellenceModel, serviceCentreGuide, mysteryShopperChecklist];

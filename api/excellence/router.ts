import { router } from '../trpc/init.ts';
import { excellenceFrameworksRouter } from './frameworks-router.ts';
import { excellenceCyclesRouter } from './cycles-router.ts';
import { excellenceAssessmentsRouter } from './assessments-router.ts';
import { excellenceScoringRouter } from './scoring-router.ts';
import { excellenceResultsRouter } from './results-router.ts';

/** Excellence frameworks and assessment cycles. */
export const excellenceRouter = router({
  frameworks: excellenceFrameworksRouter,
  cycles: excellenceCyclesRouter,
  assessments: excellenceAssessmentsRouter,
  scoring: excellenceScoringRouter,
  results: excellenceResultsRouter,
});

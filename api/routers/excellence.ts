import { router } from '../trpc/init.ts';
import { excellenceFrameworksRouter } from './excellence-frameworks.ts';
import { excellenceCyclesRouter } from './excellence-cycles.ts';
import { excellenceAssessmentsRouter } from './excellence-assessments.ts';
import { excellenceScoringRouter } from './excellence-scoring.ts';
import { excellenceResultsRouter } from './excellence-results.ts';

/** Excellence frameworks and assessment cycles. */
export const excellenceRouter = router({
  frameworks: excellenceFrameworksRouter,
  cycles: excellenceCyclesRouter,
  assessments: excellenceAssessmentsRouter,
  scoring: excellenceScoringRouter,
  results: excellenceResultsRouter,
});

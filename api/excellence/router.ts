import { router } from '../trpc/init.ts';
import { excellenceFrameworksRouter } from './frameworks-router.ts';
import { excellenceCyclesRouter } from './cycles-router.ts';
import { excellenceAssessmentsRouter } from './assessments-router.ts';
import { excellenceScoringRouter } from './scoring-router.ts';
import { excellenceResultsRouter } from './results-router.ts';
import { excellenceEvidenceRouter } from './evidence-router.ts';
import { excellenceOutlineRouter } from './outline-router.ts';

/** Excellence frameworks and assessment cycles. */
export const excellenceRouter = router({
  frameworks: excellenceFrameworksRouter,
  cycles: excellenceCyclesRouter,
  assessments: excellenceAssessmentsRouter,
  scoring: excellenceScoringRouter,
  results: excellenceResultsRouter,
  evidence: excellenceEvidenceRouter,
  outline: excellenceOutlineRouter,
});

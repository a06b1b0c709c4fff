import { router } from '../trpc/init.ts';
import { consultationsManageRouter } from './manage-router.ts';
import { participationPublicRouter } from './public-router.ts';

/** E-participation: the public side (no sign-in to read) and the staff side that runs it. */
export const participationRouter = router({
  public: participationPublicRouter,
  manage: consultationsManageRouter,
});

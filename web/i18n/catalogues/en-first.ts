import { common } from '../en/common.ts';
import { errors } from '../en/errors.ts';
import { workflows } from '../en/workflows.ts';
import { improvement } from '../en/improvement.ts';
import { mail } from '../en/mail.ts';
import { search } from '../en/search.ts';
import { commandCentre } from '../en/command-centre.ts';
import { mysteryShopper } from '../en/mystery-shopper.ts';

/**
 * The namespaces the first screens read (the sign-in page, the shell and every role's home), so
 * they draw without the rest of the catalogue: `errors` holds the shared refusals only, each
 * domain's arrive with the whole catalogue (en.ts), which every other page loads first
 * (web/app/lazy-page.ts). A namespace a home starts to read is added here and in ar-first.ts.
 */
export const enFirst = {
  common,
  errors,
  workflows,
  improvement,
  mail,
  search,
  commandCentre,
  mysteryShopper,
};

import { common } from '../ar/common.ts';
import { errors } from '../ar/errors.ts';
import { workflows } from '../ar/workflows.ts';
import { improvement } from '../ar/improvement.ts';
import { mail } from '../ar/mail.ts';
import { search } from '../ar/search.ts';
import { commandCentre } from '../ar/command-centre.ts';
import { mysteryShopper } from '../ar/mystery-shopper.ts';
import type { enFirst } from './en-first.ts';

/** The Arabic side of en-first.ts: the same namespaces, or this does not compile. */
export const arFirst = {
  common,
  errors,
  workflows,
  improvement,
  mail,
  search,
  commandCentre,
  mysteryShopper,
} satisfies Record<keyof typeof enFirst, object>;

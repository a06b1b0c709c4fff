import { roleProcedure } from '../trpc/init.ts';

/** Reference data of the whole organisation (entities, centres): the administrator's alone. */
export const administratorProcedure = roleProcedure('administrator');

/** The catalogue and the bundles the programme designs: the administrator and the programme manager. */
export const catalogueProcedure = roleProcedure('administrator', 'programme_manager');

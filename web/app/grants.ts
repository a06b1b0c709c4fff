/** The same grant predicates the server uses (api/access/grants.ts), for pages that show or hide by role. */
export { coordinatedEntities, coordinatesEntity, hasRole, rolesOf } from '../../api/access/grants.ts';

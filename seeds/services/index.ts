export { documentTypes } from './documents.ts';
export type { DocumentId } from './documents.ts';
export { serviceEntities } from './entities.ts';
export type { ServiceEntityCode } from './entities.ts';
export { serviceCatalogue } from './service-catalogue.ts';

/** The workshops namespace as the web ships it, for asserting notice texts. */
export { workshops as en } from '../../web/i18n/en/workshops.ts';

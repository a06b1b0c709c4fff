/**
 * The API's inputs for text people type. Every procedure that takes a title, a name, a
 * note or a reason uses these, so they all trim, refuse control characters (NUL among
 * them) and refuse text with nothing visible, with the same translated keys. The rules
 * themselves live in `workflows/text/user-text.ts`, shared with the domain's documents.
 */
export { bilingualText, freeText, requiredText, titleText } from '../../workflows/text/user-text.ts';

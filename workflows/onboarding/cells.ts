import { z } from 'zod';
import { hasVisibleCharacter } from '../text/user-text.ts';
import { onboardingMessageKeys as keys } from './row-problem.ts';
import { referenceCodePattern } from '../registry/reference-code.ts';

/** A required cell: blank and invisible-only are both missing. */
export const requiredCell = z.string().refine(hasVisibleCharacter, { error: keys.required });

/** An optional cell: '' when blank. */
export const optionalCell = z.string().transform((v) => (hasVisibleCharacter(v) ? v : ''));

/** A stable code (entity, centre, service) as the register writes it (MOI, MOI-C01), compared in upper case. */
export const codeCell = requiredCell
  .transform((v) => v.toUpperCase())
  .pipe(z.string().max(40, { error: keys.codeFormat }).regex(referenceCodePattern, { error: keys.codeFormat }));

/** One of a closed list, compared in lower case. */
export function oneOfCell<const T extends readonly [string, ...string[]]>(values: T) {
  return requiredCell.transform((v) => v.toLowerCase()).pipe(z.enum(values, { error: keys.notOneOf }));
}

/** yes/no (or true/false, 1/0, نعم/لا); blank is `fallback`. */
export function yesNoCell(fallback: boolean) {
  return optionalCell.transform((v, ctx) => {
    const word = v.toLowerCase();
    if (word === '') return fallback;
    if (['yes', 'true', '1', 'نعم'].includes(word)) return true;
    if (['no', 'false', '0', 'لا'].includes(word)) return false;
    ctx.issues.push({ code: 'custom', message: keys.yesNo, input: v });
    return z.NEVER;
  });
}

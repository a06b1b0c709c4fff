import { hasControlCharacter } from '../text/user-text.ts';
import { onboardingMessageKeys as keys, type OnboardingMessageKey } from './row-problem.ts';

/**
 * First characters a spreadsheet runs as a formula (= + - @, tab, CR and the full-width
 * forms): such a cell in an uploaded list is refused rather than stored, so no later export
 * or another administrator's spreadsheet runs it. A plain number (-5) is not a formula.
 */
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const plainNumber = /^-?\d+(\.\d+)?$/;

/** Why a cell may not be read at all (too long, a formula, a control character), or null. */
export function hostileCell(text: string, max: number): { messageKey: OnboardingMessageKey; params: Record<string, number> } | null {
  if (text.length > max) return { messageKey: keys.tooLong, params: { max } };
  if (formulaStart.test(text) && !plainNumber.test(text)) return { messageKey: keys.formula, params: {} };
  if (hasControlCharacter(text, { oneLine: true })) return { messageKey: keys.controlCharacter, params: {} };
  return null;
}

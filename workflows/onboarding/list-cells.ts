import { z } from 'zod';
import { optionalCell, requiredCell } from './cells.ts';
import { onboardingMessageKeys as keys, quoted } from './row-problem.ts';

/** Items of a cell separated by `;` (or line breaks), trimmed, blanks dropped. */
export function cellItems(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A required `;`-separated list whose every item is one of `values` (lower case), no item twice. */
export function oneOfListCell<const T extends readonly string[]>(values: T) {
  return requiredCell.transform((text, ctx): T[number][] => {
    const out: T[number][] = [];
    for (const item of cellItems(text).map((s) => s.toLowerCase())) {
      if (!values.includes(item)) {
        ctx.issues.push({ code: 'custom', message: keys.notOneOf, input: text, params: { value: quoted(item) } });
        return z.NEVER;
      }
      if (!out.includes(item)) out.push(item);
    }
    return out;
  });
}

interface NumberRule {
  min: number;
  max?: number;
  integer?: boolean;
}

/** The number a cell writes (plain digits, an optional sign and decimals) within `rule`, or null. */
function numberIn(text: string, rule: NumberRule): number | null {
  const n = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  const fits = Number.isFinite(n) && n >= rule.min && (rule.max === undefined || n <= rule.max) && (!rule.integer || Number.isInteger(n));
  return fits ? n : null;
}

/** A required number within `rule`. */
export function numberCell(rule: NumberRule) {
  return requiredCell.transform((text, ctx): number => {
    const n = numberIn(text, rule);
    if (n !== null) return n;
    ctx.issues.push({ code: 'custom', message: keys.notANumber, input: text, params: { value: quoted(text) } });
    return z.NEVER;
  });
}

/** An optional number within `rule`: null when blank. */
export function optionalNumberCell(rule: NumberRule) {
  return optionalCell.transform((text, ctx): number | null => {
    if (text === '') return null;
    const n = numberIn(text, rule);
    if (n !== null) return n;
    ctx.issues.push({ code: 'custom', message: keys.notANumber, input: text, params: { value: quoted(text) } });
    return z.NEVER;
  });
}

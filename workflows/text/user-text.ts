import { z } from 'zod';

/**
 * The rules every piece of text a person types must meet, wherever it enters: a form,
 * a CSV cell, a framework or journey-map document. Pure, so the domain schemas in
 * `workflows/` and the API's inputs (`api/trpc/inputs.ts`) apply the same ones.
 */

/** Stable message keys (the `errors` namespace of the web app). */
export const textMessageKeys = {
  controlCharacter: 'errors.text.controlCharacter',
  noVisibleCharacter: 'errors.text.noVisibleCharacter',
  oneLanguageRequired: 'errors.text.oneLanguageRequired',
} as const;

/**
 * Control characters (Unicode Cc) other than tab, line feed and carriage return. NUL is one
 * of them; PostgreSQL cannot store it, and the others have no business in typed text.
 */
const controlInMultiLine = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** A one-line text (a title, a name) refuses line breaks and tabs as well. */
const controlInOneLine = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

/**
 * What draws nothing on its own: white space (Z, and \s), format characters (Cf: zero-width
 * space and joiners, bidi embeddings, overrides, isolates and marks, the byte-order mark, the
 * soft hyphen), controls, combining marks with no base (M, e.g. Arabic harakat alone),
 * variation selectors, and the blank letters some fonts draw as nothing (Hangul fillers,
 * the Braille blank).
 */
const invisible = /[\s\p{Z}\p{Cf}\p{Cc}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/gu;

export function hasControlCharacter(text: string, options: { oneLine: boolean }): boolean {
  return (options.oneLine ? controlInOneLine : controlInMultiLine).test(text);
}

/** True when something would show: text made only of zero-width or bidi characters would not. */
export function hasVisibleCharacter(text: string): boolean {
  return text.replace(invisible, '') !== '';
}

/** A title or a name: one line, trimmed, at most `max` characters, with something to read. */
export function titleText(max = 300) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((t) => !hasControlCharacter(t, { oneLine: true }), { error: textMessageKeys.controlCharacter, abort: true })
    .refine(hasVisibleCharacter, { error: textMessageKeys.noVisibleCharacter });
}

/** A description, a comment, a note: several lines allowed, trimmed, may be empty. */
export function freeText(max = 5000) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((t) => !hasControlCharacter(t, { oneLine: false }), { error: textMessageKeys.controlCharacter });
}

/** Free text that must say something (a reason, a required comment). */
export function requiredText(max = 2000) {
  return freeText(max).refine(hasVisibleCharacter, { error: textMessageKeys.noVisibleCharacter });
}

/**
 * A name or title in Arabic and English: either language is enough. Each side is one line
 * without controls; at least one must show something. A side left blank takes the other's
 * text, so every reader sees the name (as `pickBilingual` would show it) and the documents
 * that keep both sides stay whole.
 */
export function bilingualText(max = 300) {
  const side = z
    .string()
    .trim()
    .max(max)
    .refine((t) => !hasControlCharacter(t, { oneLine: true }), { error: textMessageKeys.controlCharacter });
  return z
    .object({ ar: side, en: side })
    .refine((t) => hasVisibleCharacter(t.ar) || hasVisibleCharacter(t.en), {
      error: textMessageKeys.oneLanguageRequired,
      path: ['ar'],
    })
    .transform(({ ar, en }) => {
      const arShows = hasVisibleCharacter(ar);
      const enShows = hasVisibleCharacter(en);
      return { ar: arShows ? ar : en, en: enShows ? en : ar };
    });
}

/**
 * One side of a name kept as two flat fields (nameAr, nameEn): one line, may be blank. The form's
 * schema checks the pair with `eitherSide`, and `fillSides` gives a blank side the other's text.
 */
export function bilingualSide(max = 300) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((t) => !hasControlCharacter(t, { oneLine: true }), { error: textMessageKeys.controlCharacter });
}

/** The refinement for a pair of `bilingualSide` fields: at least one shows something; the refusal sits on `arKey`. */
export function eitherSide<K extends string>(arKey: K, enKey: K): [(v: Record<K, string>) => boolean, { error: string; path: string[] }] {
  return [
    (v) => hasVisibleCharacter(v[arKey]) || hasVisibleCharacter(v[enKey]),
    { error: textMessageKeys.oneLanguageRequired, path: [arKey] },
  ];
}

/** A blank side takes the other's text, as `bilingualText` does for the object form. */
export function fillSides(ar: string, en: string): { ar: string; en: string } {
  return { ar: hasVisibleCharacter(ar) ? ar : en, en: hasVisibleCharacter(en) ? en : ar };
}

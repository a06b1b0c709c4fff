import type { FormatterModule } from 'i18next';
import { formattersFor } from './format.ts';

/**
 * i18next's formatter, replaced so that every number interpolated into a message (`{{count}}`,
 * `{{total}}`, an API refusal's parameters) goes through the one formatting place, format.ts:
 * Arabic-Indic digits in Arabic, Latin digits in English, whoever wrote the call. Strings pass as
 * they are, so a caller that already formatted its number is not formatted twice. Used with
 * `interpolation.alwaysFormat`, which sends every interpolated value here, not only `{{x, number}}`.
 */
export const interpolationFormat: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  // Named formats (`{{x, number}}`) are not used by the catalogues: numbers need no name here.
  add: () => undefined,
  addCached: () => undefined,
  format(value, _format, lng) {
    if (typeof value === 'number' && Number.isFinite(value)) return formattersFor(lng ?? '').count(value);
    return value;
  },
};

import i18next from 'i18next';
import { improvement as en } from '../../i18n/en/improvement.ts';
import { improvement as ar } from '../../i18n/ar/improvement.ts';

/**
 * The API refuses with `errors.improvement.*`, which the shell's ErrorMessage looks up in
 * the `errors` namespace; the texts live in the improvement namespace files and are
 * merged under `errors.improvement` here rather than edited into the shell's file.
 */
export function registerImprovementErrorTexts(): void {
  for (const [lng, messages] of [['en', en], ['ar', ar]] as const) {
    i18next.addResourceBundle(lng, 'errors', { improvement: messages.errors }, true, false);
  }
}

// Store methods exist only once i18next is initialised; pages may be imported before that.
if (i18next.isInitialized) registerImprovementErrorTexts();
else i18next.on('initialized', registerImprovementErrorTexts);

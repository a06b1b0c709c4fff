import { describe, expect, it } from 'vitest';
import { localeOf, pickBilingual } from '../../web/i18n/bilingual.ts';

describe('pickBilingual', () => {
  it("shows the viewer's language when it is filled in", () => {
    const name = { ar: 'هيئة الطرق', en: 'Roads Authority' };
    expect(pickBilingual(name, 'ar')).toBe('هيئة الطرق');
    expect(pickBilingual(name, 'en')).toBe('Roads Authority');
  });

  it('falls back to the other language, in both directions, so a one-language name still shows', () => {
    expect(pickBilingual({ ar: '', en: 'Roads Authority' }, 'ar')).toBe('Roads Authority');
    expect(pickBilingual({ ar: 'هيئة الطرق', en: '' }, 'en')).toBe('هيئة الطرق');
    // Blank is empty too: a stray space is not a name.
    expect(pickBilingual({ ar: '  ', en: 'Roads Authority' }, 'ar')).toBe('Roads Authority');
  });

  it('shows nothing for a missing text', () => {
    expect(pickBilingual(null, 'ar')).toBe('');
    expect(pickBilingual(undefined, 'en')).toBe('');
    expect(pickBilingual({ ar: '', en: '' }, 'en')).toBe('');
  });

  it('reads an unsupported interface language as Arabic, the default', () => {
    expect(localeOf('en')).toBe('en');
    expect(localeOf('fr')).toBe('ar');
  });
});

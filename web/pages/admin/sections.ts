import type { AdminSection } from './admin-section.ts';
import { peopleSection } from './sections/people.ts';
import { apiTokensSection } from './sections/api-tokens.ts';
import { referenceSection } from './sections/reference.ts';
import { onboardingSection } from './sections/onboarding.ts';
import { changesSection } from './sections/changes.ts';

/** The administration area's sections, in the index's order: a section adds its own file and one line here. */
export const adminSections: readonly AdminSection[] = [
  peopleSection,
  referenceSection,
  onboardingSection,
  apiTokensSection,
  changesSection,
];

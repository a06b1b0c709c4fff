/**
 * Who may take part: anyone (anonymous), people signed in, or anyone with a verified e-mail
 * address (one person, one voice: the address is the voter's key).
 */
export const identificationModes = ['anonymous', 'signed_in', 'verified_email'] as const;
export type IdentificationMode = (typeof identificationModes)[number];

/** What a consultation is about (the UN model's "consult" on policy, regulation, services, life events). */
export const consultationSubjects = ['policy', 'draft_regulation', 'service', 'life_event_bundle'] as const;
export type ConsultationSubject = (typeof consultationSubjects)[number];

/** Contributions wait for a moderator, then show or stay hidden with a reason. */
export const contributionStatuses = ['pending', 'published', 'hidden'] as const;
export type ContributionStatus = (typeof contributionStatuses)[number];

/** A comment's length cap: long enough for a reasoned view, short enough to moderate. */
export const maxContributionChars = 4000;

/** Normalises an e-mail address so one person cannot vote twice by changing its case. */
export function normalEmail(address: string): string {
  return address.trim().toLowerCase();
}

/**
 * Why one cell of one row cannot be imported: the row number as the user sees it, the
 * column's key, a message key the web translates, and the params of its placeholders.
 */
export interface RowProblem {
  row: number;
  column: string;
  messageKey: OnboardingMessageKey;
  params: Record<string, string | number>;
}

/** Every reason a row is refused; the texts are in web/i18n/<locale>/onboarding.ts under `errors`. */
export const onboardingMessageKeys = {
  required: 'errors.onboarding.required',
  tooLong: 'errors.onboarding.too_long',
  formula: 'errors.onboarding.formula',
  controlCharacter: 'errors.onboarding.control_character',
  notOneOf: 'errors.onboarding.not_one_of',
  codeFormat: 'errors.onboarding.code_format',
  usernameFormat: 'errors.onboarding.username_format',
  emailFormat: 'errors.onboarding.email_format',
  yesNo: 'errors.onboarding.yes_no',
  unknownEntity: 'errors.onboarding.unknown_entity',
  unknownDocument: 'errors.onboarding.unknown_document',
  duplicateInFile: 'errors.onboarding.duplicate_in_file',
  emailTaken: 'errors.onboarding.email_taken',
  unknownRole: 'errors.onboarding.unknown_role',
  roleNeedsEntity: 'errors.onboarding.role_needs_entity',
  roleRepeated: 'errors.onboarding.role_repeated',
  parentIsSelf: 'errors.onboarding.parent_is_self',
  notANumber: 'errors.onboarding.not_a_number',
} as const;
export type OnboardingMessageKey = (typeof onboardingMessageKeys)[keyof typeof onboardingMessageKeys];

/** Refusals of the whole file (an AppError each), before any row is looked at. */
export const fileMessageKeys = {
  unknownColumn: 'errors.onboarding.unknown_column',
  missingColumn: 'errors.onboarding.missing_column',
  repeatedColumn: 'errors.onboarding.repeated_column',
  noRows: 'errors.onboarding.no_rows',
  tooManyRows: 'errors.onboarding.too_many_rows',
  unreadableWorkbook: 'errors.onboarding.unreadable_workbook',
  notUtf8: 'errors.onboarding.not_utf8',
} as const;

/** A cell's value as a report quotes it: short enough for a table cell. */
export function quoted(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

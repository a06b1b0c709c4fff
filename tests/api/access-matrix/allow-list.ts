/**
 * Reviewed exceptions to the matrix's default expectation (a refusal with NOT_FOUND,
 * FORBIDDEN or UNAUTHORIZED, nothing changed, the same answer as for an id that does not
 * exist). Each entry says why the exception is safe; the matrix still checks everything else.
 */
export interface Allowance {
  reason: string;
  /** Refusal codes accepted besides NOT_FOUND, FORBIDDEN and UNAUTHORIZED. */
  codes?: readonly string[];
  /** A crossing call may answer instead of refusing; its answer is still scanned for entity X's data. */
  answers?: true;
  /** Tables such an answer may change (the caller's own records); every other table must stay the same. */
  changes?: readonly string[];
}

export const allowList: Record<string, Allowance> = {
  'auth.login': {
    reason: 'a wrong password is refused as UNAUTHORIZED, or as TOO_MANY_REQUESTS once the address is throttled; neither says more',
    codes: ['TOO_MANY_REQUESTS'],
  },
  'workshops.join': {
    reason: 'a code nobody was given is refused as BAD_REQUEST (badInviteCode), the same for every caller',
    codes: ['BAD_REQUEST'],
  },
  'actions.create': {
    reason:
      'a prerequisite the author cannot see is refused as BAD_REQUEST dependencyUnknown, the answer an id that does not exist gets (compared by the matrix)',
    codes: ['BAD_REQUEST'],
  },
  'actions.addDependency': {
    reason: 'as actions.create: an invisible prerequisite reads as an unknown one (BAD_REQUEST dependencyUnknown)',
    codes: ['BAD_REQUEST'],
  },
  'notifications.markRead': {
    reason: 'marks only the caller’s own notices: another user’s notice id marks nothing and answers { marked: 0 }',
    answers: true,
  },
  'actions.uploadProgress': {
    reason:
      'a coordinator’s spreadsheet reaches only their own entity’s actions: entity X’s code is reported as an unknown action (the report a made-up code gets) and nothing is applied',
    answers: true,
  },
  'cx.importCsv': {
    reason:
      'a coordinator’s rows for another entity’s services are refused row by row (status refused, other_entity); the refused attempt is recorded in the caller’s own job list',
    answers: true,
    changes: ['cx_import_jobs'],
  },
  'cx.importRows': {
    reason: 'as cx.importCsv: rows for another entity’s services are refused; the attempt is recorded in the caller’s own job list',
    answers: true,
    changes: ['cx_import_jobs'],
  },
};

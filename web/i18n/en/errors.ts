/** Keyed by the API's `messageKey` without its `errors.` prefix (see api/trpc/error-shape.ts). */
export const errors = {
  title: 'Something went wrong',
  auth: {
    invalidCredentials: 'The username or password is not correct.',
    throttled: 'Too many sign-in attempts. Wait a few minutes and try again.',
  },
  workflow: {
    NOT_FOUND: 'This workflow no longer exists.',
    UNKNOWN_KIND: 'This kind of workflow is not available.',
    FORBIDDEN: 'Your role does not allow this action.',
    UNKNOWN_EVENT: 'This action is not part of the workflow.',
    INVALID_PAYLOAD: 'Some details of the action are missing or not valid.',
    EVENT_NOT_ACCEPTED: 'This action is not possible in the current state.',
    CONFLICT: 'Someone else changed this workflow a moment ago. Reload and try again.',
  },
  validation: 'Some fields are not valid.',
  text: {
    controlCharacter: 'The text contains a control character; remove it and try again.',
    noVisibleCharacter: 'Enter some visible text; spaces and invisible characters alone are not enough.',
    invalidCharacter: 'The text in {{path}} contains a character that cannot be saved (such as a NUL byte), on line {{line}}.',
  },
  input: {
    tooDeep: 'The data sent is nested too deeply to be read (at {{path}}).',
  },
  csv: {
    malformed: 'The file could not be read as CSV: a quote is not closed or is out of place, on line {{line}}.',
    empty: 'The file has no rows to import.',
  },
  issue: 'Missing or not valid',
  csrf: 'The request was refused for safety. Reload the page and try again.',
  unauthorized: 'Your session has ended. Please sign in again.',
  forbidden: 'You do not have access to this.',
  notFound: 'Not found.',
  conflict: 'This was changed by someone else. Reload and try again.',
  tooManyRequests: 'Too many requests. Wait a moment and try again.',
  unavailable: 'The service is temporarily unavailable. Try again in a moment.',
  badRequest: 'The request could not be read. Reload the page and try again.',
  payloadTooLarge: 'What you sent is too large. Send a smaller file or less text.',
  network: 'The server cannot be reached. Check your connection.',
  internal: 'An unexpected error occurred. Please try again.',
} as const;

export type WorkflowErrorCode =
  | 'NOT_FOUND'
  | 'UNKNOWN_KIND'
  | 'FORBIDDEN'
  | 'UNKNOWN_EVENT'
  | 'INVALID_PAYLOAD'
  | 'EVENT_NOT_ACCEPTED'
  | 'CONFLICT';

export interface PayloadIssue {
  path: string;
  message: string;
}

/**
 * Every refusal the engine can give. `messageKey` is stable and translated by the
 * web app; `params` fill its placeholders. Nothing internal goes in here.
 */
export class WorkflowError extends Error {
  readonly code: WorkflowErrorCode;
  readonly messageKey: string;
  readonly params: Record<string, string | number>;
  readonly issues: PayloadIssue[];

  constructor(code: WorkflowErrorCode, message: string, params: Record<string, string | number> = {}, issues: PayloadIssue[] = []) {
    super(message);
    this.name = 'WorkflowError';
    this.code = code;
    this.messageKey = `errors.workflow.${code}`;
    this.params = params;
    this.issues = issues;
  }
}

/**
 * One problem with one field of an administrator's form or document: where (`nameAr`,
 * `services.2.providedBy`) and why, as a message key under `errors.registry.` that the web
 * shows beside the field.
 */
export interface FieldProblem {
  path: string;
  messageKey: `errors.registry.${string}`;
}

export function problem(path: string, reason: string): FieldProblem {
  return { path, messageKey: `errors.registry.${reason}` };
}

import type { ReactNode } from 'react';
import { Field } from '../../design/components/Field.tsx';

export interface AdminFieldProps {
  label: ReactNode;
  /** The API path of the field (`code`, `steps.0.entityCode`): names its error's test id. */
  path: string;
  error: string | undefined;
  /** Receives the control's id and its error's id (for aria-describedby). */
  children(id: string, describedBy: string | undefined): ReactNode;
}

/** A labelled control with the server's refusal for it written beside it, found by its API path. */
export function AdminField({ path, ...field }: AdminFieldProps) {
  return <Field {...field} errorTestId={`error-${path}`} />;
}

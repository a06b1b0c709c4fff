import { useId, type ReactNode } from 'react';

export interface AdminFieldProps {
  label: ReactNode;
  /** The API path of the field (`code`, `steps.0.entityCode`): names its error's test id. */
  path: string;
  error: string | undefined;
  /** Receives the control's id and its error's id (for aria-describedby). */
  children(id: string, describedBy: string | undefined): ReactNode;
}

/** A labelled control with the server's refusal for it written beside it. */
export function AdminField({ label, path, error, children }: AdminFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children(id, error ? errorId : undefined)}
      {error && (
        <span className="field__error" id={errorId} role="alert" data-testid={`error-${path}`}>
          {error}
        </span>
      )}
    </div>
  );
}

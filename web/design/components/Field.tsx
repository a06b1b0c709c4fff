import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';

export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  /** Why the form was refused at this field, shown beside it. */
  error?: ReactNode;
  /** Names the error for tests that look for one field's refusal. */
  errorTestId?: string;
  /** Receives the id that ties the label to the control, and the id of the error when there is one (for aria-describedby). */
  children(id: string, describedBy: string | undefined): ReactNode;
}

/** A labelled form control; the label is always visible and linked. */
export function Field({ label, hint, error, errorTestId, children }: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children(id, error ? errorId : undefined)}
      {hint && <span className="field__hint">{hint}</span>}
      {error && (
        <span className="field__error" id={errorId} role="alert" data-testid={errorTestId}>
          {error}
        </span>
      )}
    </div>
  );
}

export function Input({ className, ...rest }: InputHTMLAttributes<HTMLInputElement>) {
  return <input className={['input', className ?? ''].filter(Boolean).join(' ')} {...rest} />;
}

export function Select({ className, ...rest }: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select className={['select', className ?? ''].filter(Boolean).join(' ')} {...rest} />;
}

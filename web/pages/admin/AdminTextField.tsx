import type { ReactNode } from 'react';
import { Input } from '../../design/components/Field.tsx';
import { AdminField } from './AdminField.tsx';

export interface AdminTextFieldProps {
  label: ReactNode;
  /** The API path of the field: finds its refusal and names its test id. */
  path: string;
  value: string;
  /** Arabic text is typed right to left, codes and English left to right. */
  dir: 'rtl' | 'ltr';
  lang?: 'ar' | 'en';
  readOnly?: boolean;
  fieldError(path: string): string | undefined;
  onChange(value: string): void;
}

/** A labelled one-line text box with the server's refusal for its path beside it. */
export function AdminTextField({ label, path, value, dir, lang, readOnly, fieldError, onChange }: AdminTextFieldProps) {
  return (
    <AdminField label={label} path={path} error={fieldError(path)}>
      {(id, d) => (
        <Input
          id={id}
          dir={dir}
          lang={lang}
          readOnly={readOnly}
          value={value}
          aria-invalid={!!d}
          aria-describedby={d}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </AdminField>
  );
}

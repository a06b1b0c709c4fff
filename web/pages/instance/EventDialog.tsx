import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { apiErrorInfo } from '../../trpc/error-key.ts';
import { Button } from '../../design/components/Button.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Input, Select } from '../../design/components/Field.tsx';
import { initialValues, payloadOf, type EventField, type FieldValues } from './event-fields.ts';

export interface EventDialogProps {
  title: string;
  kind: string;
  fields: EventField[];
  pending: boolean;
  error: unknown;
  onSubmit(payload: Record<string, unknown>): void;
  onClose(): void;
}

// Machine names hold dots i18next would read as nesting (same rule as workflow-labels.ts).
const safe = (name: string) => name.replace(/\./g, '_');

/** A field's label: the workflow's own wording, else the shared one, else the field name. */
function fieldLabel(t: TFunction, kind: string, name: string): string {
  return t(`workflows:fields.${safe(kind)}.${safe(name)}`, {
    defaultValue: t(`workflows:fields.common.${safe(name)}`, { defaultValue: name }),
  });
}

function optionLabel(t: TFunction, value: string): string {
  return t(`workflows:options.${safe(value)}`, { defaultValue: value });
}

/** The issues the server found in the payload, by the top-level field they concern. */
function issuesByField(error: unknown, fields: EventField[]): { byField: Map<string, string[]>; other: boolean } {
  const byField = new Map<string, string[]>();
  let other = false;
  for (const issue of error ? apiErrorInfo(error).issues : []) {
    const field = fields.find((f) => issue.path === f.name || issue.path.startsWith(`${f.name}.`));
    if (field) byField.set(field.name, [...(byField.get(field.name) ?? []), issue.message]);
    else other = true;
  }
  return { byField, other };
}

/** Asks for an event's details in a modal dialog before it is sent. */
export function EventDialog({ title, kind, fields, pending, error, onSubmit, onClose }: EventDialogProps) {
  const { t } = useTranslation('workflows');
  const dialog = useRef<HTMLDialogElement>(null);
  const [values, setValues] = useState<FieldValues>(() => initialValues(fields));

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const { byField } = issuesByField(error, fields);
  const set = (name: string, value: string | boolean) => setValues((current) => ({ ...current, [name]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(payloadOf(fields, values));
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="event-dialog-title" onCancel={onClose} data-testid="event-dialog">
      <form onSubmit={submit} noValidate>
        <h2 id="event-dialog-title" className="dialog__title">
          {title}
        </h2>
        <div className="event-dialog__fields">
          {fields.map((field) => {
            const label = fieldLabel(t, kind, field.name);
            const issues = byField.get(field.name);
            const hint = issues ? (
              <span className="event-dialog__issue" role="alert" data-field-issue={field.name} title={issues.join('\n')}>
                {t('errors:issue')}
              </span>
            ) : field.kind === 'list' ? (
              t('form.listHint')
            ) : field.required ? undefined : (
              t('form.optional')
            );
            const value = values[field.name];
            const text = typeof value === 'string' ? value : '';
            const common = { name: field.name, 'aria-invalid': issues ? true : undefined, required: field.required };
            if (field.kind === 'boolean') {
              return (
                <label key={field.name} className="event-dialog__check">
                  <input type="checkbox" name={field.name} checked={value === true} onChange={(e) => set(field.name, e.target.checked)} />
                  {label}
                  {hint && <span className="field__hint">{hint}</span>}
                </label>
              );
            }
            return (
              <Field key={field.name} label={label} hint={hint}>
                {(id) => {
                  switch (field.kind) {
                    case 'text':
                    case 'list':
                      return (
                        <textarea
                          id={id}
                          className="input event-dialog__textarea"
                          rows={field.kind === 'list' ? 3 : 4}
                          maxLength={field.kind === 'text' ? field.maxLength : undefined}
                          value={text}
                          onChange={(e) => set(field.name, e.target.value)}
                          {...common}
                        />
                      );
                    case 'enum':
                      return (
                        <Select id={id} value={text} onChange={(e) => set(field.name, e.target.value)} {...common}>
                          <option value="">{t('form.choose')}</option>
                          {field.options.map((option) => (
                            <option key={option} value={option}>
                              {optionLabel(t, option)}
                            </option>
                          ))}
                        </Select>
                      );
                    case 'number':
                    case 'integer':
                      return (
                        <Input
                          id={id}
                          type="number"
                          inputMode={field.kind === 'integer' ? 'numeric' : 'decimal'}
                          step={field.kind === 'integer' ? 1 : 'any'}
                          min={field.min}
                          max={field.max}
                          value={text}
                          onChange={(e) => set(field.name, e.target.value)}
                          {...common}
                        />
                      );
                    case 'datetime':
                    case 'date':
                      return (
                        <Input
                          id={id}
                          type={field.kind === 'date' ? 'date' : 'datetime-local'}
                          value={text}
                          onChange={(e) => set(field.name, e.target.value)}
                          {...common}
                        />
                      );
                    default:
                      return (
                        <Input
                          id={id}
                          type="text"
                          maxLength={field.maxLength}
                          value={text}
                          onChange={(e) => set(field.name, e.target.value)}
                          {...common}
                        />
                      );
                  }
                }}
              </Field>
            );
          })}
        </div>
        {Boolean(error) && <ErrorMessage error={error} />}
        <div className="event-dialog__buttons">
          <Button type="submit" disabled={pending} data-testid="event-dialog-submit">
            {t('form.send')}
          </Button>
          <Button variant="ghost" onClick={onClose}>
            {t('form.cancel')}
          </Button>
        </div>
      </form>
    </dialog>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc/client.ts';
import { Button } from '../../../design/components/Button.tsx';
import { ErrorMessage } from '../../../design/components/ErrorMessage.tsx';
import { Field, Input, Select } from '../../../design/components/Field.tsx';
import { useLocalName } from '../../../app/display-name.ts';
import { roles, type Role } from '../../../../workflows/roles.ts';
import { FieldError, isFieldError } from '../field-error.tsx';

export interface PersonDraft {
  username: string;
  displayNameAr: string;
  displayNameEn: string;
  email: string;
  locale: 'ar' | 'en';
  grants: { role: Role; entityId: string | null }[];
}

export const emptyDraft: PersonDraft = { username: '', displayNameAr: '', displayNameEn: '', email: '', locale: 'ar', grants: [] };

const fieldNames = ['username', 'displayNameAr', 'displayNameEn', 'email', 'locale', 'grants'] as const;

/** One person's details and grants; the username is fixed once created. Errors stand beside their fields. */
export function PersonForm(props: {
  initial: PersonDraft;
  isNew: boolean;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit(draft: PersonDraft): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const trpc = useTRPC();
  const localName = useLocalName();
  const entities = useQuery(trpc.entities.list.queryOptions());
  const [draft, setDraft] = useState<PersonDraft>(props.initial);
  // Stable row keys for the grants, so removing one row keeps the others' controls in place.
  const [rowKeys, setRowKeys] = useState<number[]>(() => props.initial.grants.map((_, i) => i));
  const [nextKey, setNextKey] = useState(props.initial.grants.length);
  const set = <K extends keyof PersonDraft>(key: K, value: PersonDraft[K]) => setDraft({ ...draft, [key]: value });
  const setGrant = (i: number, grant: PersonDraft['grants'][number]) =>
    set(
      'grants',
      draft.grants.map((g, j) => (j === i ? grant : g)),
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit(draft);
  };
  const text = (
    name: 'username' | 'displayNameAr' | 'displayNameEn' | 'email',
    dir: 'rtl' | 'ltr',
    extra: { type?: string; disabled?: boolean } = {},
  ) => (
    <Field label={t(`people.fields.${name}`)}>
      {(id) => (
        <>
          <Input id={id} name={name} dir={dir} value={draft[name]} onChange={(e) => set(name, e.target.value)} {...extra} />
          <FieldError error={props.error} field={name} />
        </>
      )}
    </Field>
  );

  return (
    <form className="card stack admin-form" onSubmit={submit} noValidate data-testid="person-form">
      {text('username', 'ltr', { disabled: !props.isNew })}
      {text('displayNameAr', 'rtl')}
      {text('displayNameEn', 'ltr')}
      {text('email', 'ltr', { type: 'email' })}
      <Field label={t('people.fields.locale')}>
        {(id) => (
          <Select id={id} name="locale" value={draft.locale} onChange={(e) => set('locale', e.target.value === 'en' ? 'en' : 'ar')}>
            <option value="ar">{t('people.locales.ar')}</option>
            <option value="en">{t('people.locales.en')}</option>
          </Select>
        )}
      </Field>
      <fieldset className="stack admin-grants">
        <legend>{t('people.fields.grants')}</legend>
        {draft.grants.map((g, i) => (
          <div key={rowKeys[i]} className="admin-grant" data-testid="grant">
            <Field label={t('people.fields.role')}>
              {(id) => (
                <Select
                  id={id}
                  name={`grants.${i}.role`}
                  value={g.role}
                  onChange={(e) => setGrant(i, { ...g, role: e.target.value as Role })}
                >
                  {roles.map((r) => (
                    <option key={r} value={r}>
                      {tc(`roles.${r}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label={t('people.fields.entity')}>
              {(id) => (
                <>
                  <Select
                    id={id}
                    name={`grants.${i}.entityId`}
                    value={g.entityId ?? ''}
                    onChange={(e) => setGrant(i, { ...g, entityId: e.target.value || null })}
                  >
                    <option value="">{t('people.fields.noEntity')}</option>
                    {(entities.data ?? []).map((e) => (
                      <option key={e.id} value={e.id}>
                        {localName(e)}
                      </option>
                    ))}
                  </Select>
                  <FieldError error={props.error} field={`grants.${i}.entityId`} />
                  <FieldError error={props.error} field={`grants.${i}`} />
                </>
              )}
            </Field>
            <Button
              type="button"
              variant="ghost"
              onClick={() =>
                set(
                  'grants',
                  draft.grants.filter((_, j) => j !== i),
                )
              }
            >
              {t('people.removeGrant')}
            </Button>
          </div>
        ))}
        <div>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              set('grants', [...draft.grants, { role: 'entity_coordinator', entityId: null }]);
              setRowKeys([...rowKeys, nextKey]);
              setNextKey(nextKey + 1);
            }}
          >
            {t('people.addGrant')}
          </Button>
        </div>
      </fieldset>
      {!isFieldError(props.error, fieldNames) && <ErrorMessage error={props.error} />}
      <div className="exc-row">
        <Button type="submit" disabled={props.pending} data-testid="person-submit">
          {props.submitLabel}
        </Button>
        <Button type="button" variant="ghost" onClick={props.onCancel}>
          {t('people.cancel')}
        </Button>
      </div>
    </form>
  );
}

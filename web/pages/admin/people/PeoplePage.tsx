import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc/client.ts';
import { PageHeader } from '../../../design/components/PageHeader.tsx';
import { Button } from '../../../design/components/Button.tsx';
import { ErrorMessage } from '../../../design/components/ErrorMessage.tsx';
import { Field, Input } from '../../../design/components/Field.tsx';
import { StatusPill } from '../../../design/components/StatusPill.tsx';
import { useBilingual } from '../../../i18n/bilingual.ts';
import { useFormat } from '../../../i18n/format.ts';
import { emptyDraft, PersonForm, type PersonDraft } from './PersonForm.tsx';
import { PersonActions } from './PersonActions.tsx';
import '../admin.css';

type Editing = { kind: 'new' } | { kind: 'edit'; id: string } | null;

/** People: search, add (with an invitation by e-mail), edit names, e-mail, language and roles, and act on accounts. */
export function PeoplePage() {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const trpc = useTRPC();
  const pick = useBilingual();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const list = useQuery({
    ...trpc.people.list.queryOptions({ search: search || undefined, limit: 100 }),
    placeholderData: keepPreviousData,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.people.pathKey() });
  const create = useMutation(
    trpc.people.create.mutationOptions({
      onSuccess: (r) => {
        setEditing({ kind: 'edit', id: r.person.id });
        setSaved(r.invitation ? t('people.done.inviteSent', { email: r.invitation.email }) : t('people.saved'));
        void refresh();
      },
    }),
  );
  const update = useMutation(
    trpc.people.update.mutationOptions({
      onSuccess: () => {
        setSaved(t('people.saved'));
        void refresh();
      },
    }),
  );
  const current = editing?.kind === 'edit' ? list.data?.people.find((p) => p.id === editing.id) : undefined;
  const open = (next: Editing) => {
    create.reset();
    update.reset();
    setSaved(null);
    setEditing(next);
  };

  return (
    <div className="stack">
      <PageHeader title={t('people.title')} />
      <div className="exc-row admin-toolbar">
        <Field label={t('people.search')}>
          {(id) => <Input id={id} type="search" value={search} onChange={(e) => setSearch(e.target.value)} data-testid="people-search" />}
        </Field>
        <Button onClick={() => open({ kind: 'new' })} data-testid="person-add">
          {t('people.add')}
        </Button>
      </div>
      {editing?.kind === 'new' && (
        <PersonForm
          initial={emptyDraft}
          isNew
          submitLabel={t('people.create')}
          pending={create.isPending}
          error={create.error}
          onSubmit={(d: PersonDraft) => create.mutate({ ...d, invite: true })}
          onCancel={() => open(null)}
        />
      )}
      {current && (
        <section className="stack" aria-label={pick({ ar: current.displayNameAr, en: current.displayNameEn })}>
          <PersonForm
            key={current.id}
            initial={{ ...current, email: current.email ?? '', locale: current.locale === 'en' ? 'en' : 'ar', grants: [...current.grants] }}
            isNew={false}
            submitLabel={t('people.save')}
            pending={update.isPending}
            error={update.error}
            onSubmit={(d) => update.mutate({ id: current.id, ...d })}
            onCancel={() => open(null)}
          />
          <PersonActions person={current} />
        </section>
      )}
      {saved && (
        <p role="status" data-testid="person-saved">
          {saved}
        </p>
      )}
      <ErrorMessage error={list.error} />
      {list.data && <p className="muted">{t('people.total', { count: list.data.total, n: format.number(list.data.total) })}</p>}
      {list.data?.people.length === 0 && <p className="muted">{t('people.none')}</p>}
      {list.data && list.data.people.length > 0 && (
        <div className="table-wrap">
          <table className="table" data-testid="people-table">
            <thead>
              <tr>
                <th scope="col">{t('people.columns.name')}</th>
                <th scope="col">{t('people.columns.username')}</th>
                <th scope="col">{t('people.columns.email')}</th>
                <th scope="col">{t('people.columns.roles')}</th>
                <th scope="col">{t('people.columns.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('people.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.people.map((p) => (
                <tr key={p.id} data-username={p.username}>
                  <td>{pick({ ar: p.displayNameAr, en: p.displayNameEn })}</td>
                  <td>
                    <bdi>{p.username}</bdi>
                  </td>
                  <td>
                    <bdi>{p.email ?? '—'}</bdi>
                  </td>
                  <td>{[...new Set(p.grants.map((g) => g.role))].map((r) => tc(`roles.${r}`)).join(' · ')}</td>
                  <td>
                    <StatusPill tone={p.active ? 'accent' : 'neutral'}>
                      {!p.active ? t('people.inactive') : p.hasPassword ? t('people.active') : t('people.invited')}
                    </StatusPill>
                  </td>
                  <td>
                    <Button variant="ghost" onClick={() => open({ kind: 'edit', id: p.id })}>
                      {t('people.edit')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { EmptyState } from '../../design/components/EmptyState.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Input, Select } from '../../design/components/Field.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useEntityNames } from '../../app/entity-names.ts';
import { useLocalName } from '../../app/display-name.ts';
import { capabilities, type Capability } from '../../../workflows/api-access/capabilities.ts';
import { SecretOnce } from './SecretOnce.tsx';

const statusTone = { active: 'success', revoked: 'danger', expired: 'warning' } as const;

/** Administrators issue API tokens to entities' systems, see when each was last used, and revoke them. */
export function ApiTokensPage() {
  const { t } = useTranslation('apiTokens');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const format = useFormat();
  const entityName = useEntityNames();
  const localName = useLocalName();
  const entities = useQuery(trpc.entities.list.queryOptions());
  const tokens = useQuery(trpc.tokens.list.queryOptions({}));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.tokens.list.queryKey() });
  const issue = useMutation(trpc.tokens.issue.mutationOptions({ onSuccess: refresh }));
  const revoke = useMutation(trpc.tokens.revoke.mutationOptions({ onSuccess: refresh }));

  const [entityId, setEntityId] = useState('');
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<Capability[]>(['push_complaints']);
  const [expiresOn, setExpiresOn] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);

  const toggle = (c: Capability) => setChosen((now) => (now.includes(c) ? now.filter((x) => x !== c) : [...now, c]));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    issue.mutate(
      // A day's end in UTC: "expires on 30 June" still works on 30 June.
      { entityId, name, capabilities: chosen, expiresAt: expiresOn ? `${expiresOn}T23:59:59Z` : null },
      {
        onSuccess: (answer) => {
          setSecret(answer.secret);
          setName('');
        },
      },
    );
  };

  return (
    <div className="stack">
      <PageHeader
        title={t('title')}
        subtitle={t('intro')}
        actions={
          <a href="/api/v1/openapi.json" target="_blank" rel="noreferrer">
            {t('docs')}
          </a>
        }
      />
      {secret && <SecretOnce secret={secret} onDone={() => setSecret(null)} />}
      <Card title={t('issue.title')}>
        <form className="stack" onSubmit={submit}>
          <Field label={t('issue.entity')}>
            {(id) => (
              <Select id={id} value={entityId} required onChange={(e) => setEntityId(e.target.value)}>
                <option value="">{t('issue.chooseEntity')}</option>
                {(entities.data ?? []).map((e) => (
                  <option key={e.id} value={e.id}>
                    {localName(e)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t('issue.name')} hint={t('issue.nameHint')}>
            {(id) => <Input id={id} value={name} required maxLength={120} onChange={(e) => setName(e.target.value)} />}
          </Field>
          <fieldset className="stack">
            <legend>{t('issue.capabilities')}</legend>
            {capabilities.map((c) => (
              <label key={c}>
                <input type="checkbox" checked={chosen.includes(c)} onChange={() => toggle(c)} /> {t(`capability.${c}`)}
              </label>
            ))}
          </fieldset>
          <Field label={t('issue.expiresAt')}>
            {(id) => <Input id={id} type="date" value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} />}
          </Field>
          <ErrorMessage error={issue.error} />
          <div>
            <Button type="submit" disabled={issue.isPending || chosen.length === 0 || entityId === ''}>
              {t('issue.submit')}
            </Button>
          </div>
        </form>
      </Card>
      <Card title={t('list.title')}>
        <ErrorMessage error={tokens.error ?? revoke.error} />
        {tokens.data && tokens.data.length === 0 && <EmptyState title={t('list.empty')} />}
        {tokens.data && tokens.data.length > 0 && (
          <Table
            testId="api-tokens"
            rows={tokens.data}
            rowKey={(r) => r.id}
            columns={[
              { key: 'name', header: t('list.name'), cell: (r) => <span dir="auto">{r.name}</span> },
              { key: 'entity', header: t('list.entity'), cell: (r) => entityName(r.entityId) },
              { key: 'token', header: t('list.token'), cell: (r) => <code dir="ltr">{r.secretHint}</code> },
              {
                key: 'capabilities',
                header: t('list.capabilities'),
                cell: (r) => (
                  <ul style={{ margin: 0, paddingInlineStart: '1rem' }}>
                    {r.capabilities.map((c) => (
                      <li key={c}>{t(`capability.${c}`)}</li>
                    ))}
                  </ul>
                ),
              },
              {
                key: 'lastUsed',
                header: t('list.lastUsed'),
                cell: (r) => (r.lastUsedAt ? <time dateTime={r.lastUsedAt}>{format.relative(r.lastUsedAt)}</time> : t('list.never')),
              },
              {
                key: 'expires',
                header: t('list.expires'),
                cell: (r) => (r.expiresAt ? format.date(r.expiresAt) : t('list.noExpiry')),
              },
              {
                key: 'status',
                header: t('list.status'),
                cell: (r) => <StatusPill tone={statusTone[r.status]}>{t(`status.${r.status}`)}</StatusPill>,
              },
              {
                key: 'revoke',
                header: '',
                cell: (r) =>
                  r.status === 'revoked' ? null : confirming === r.id ? (
                    <div role="alertdialog" aria-label={t('list.confirmRevoke', { name: r.name })} className="stack">
                      <span>{t('list.confirmRevoke', { name: r.name })}</span>
                      <div>
                        <Button
                          variant="accent"
                          disabled={revoke.isPending}
                          onClick={() => revoke.mutate({ id: r.id }, { onSettled: () => setConfirming(null) })}
                        >
                          {t('list.confirm')}
                        </Button>{' '}
                        <Button variant="ghost" onClick={() => setConfirming(null)}>
                          {t('list.cancel')}
                        </Button>
                      </div>
                    </div>
                  ) : (
                    <Button variant="secondary" onClick={() => setConfirming(r.id)}>
                      {t('list.revoke')}
                    </Button>
                  ),
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}

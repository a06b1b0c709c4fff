import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Input } from '../../design/components/Field.tsx';
import { useFormat } from '../../i18n/format.ts';
import { maxContributionChars } from '../../../workflows/participation/identification.ts';

/** A comment goes to the moderators first; the visitor is told so. */
export function ContributionForm({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation('participation');
  const trpc = useTRPC();
  const format = useFormat();
  const [body, setBody] = useState('');
  const [name, setName] = useState('');
  const contribute = useMutation(
    trpc.participation.public.contribute.mutationOptions({
      onSuccess: () => {
        setBody('');
      },
    }),
  );
  return (
    <form
      className="stack"
      data-testid="contribution-form"
      onSubmit={(e) => {
        e.preventDefault();
        contribute.mutate({ id: consultationId, body, authorName: name });
      }}
    >
      <Field
        label={t('contributions.write')}
        hint={t('contributions.counter', { used: format.number(body.length), max: format.number(maxContributionChars) })}
      >
        {(id) => <textarea id={id} className="input" value={body} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <Field label={t('contributions.name')}>
        {(id) => <Input id={id} value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <ErrorMessage error={contribute.error} />
      {contribute.isSuccess && <p role="status">{t('contributions.pending')}</p>}
      <Button type="submit" disabled={contribute.isPending || body.trim() === ''}>
        {t('contributions.submit')}
      </Button>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Input } from '../../design/components/Field.tsx';
import { LanguageSwitch } from '../../app/LanguageSwitch.tsx';
import { useLocale } from '../../i18n/bilingual.ts';
import './workshops.css';

/** A customer joins with the invite code (or the /join/<code> link): a name is all it takes. */
export function JoinPage() {
  const { code: fromLink = '' } = useParams();
  const { t } = useTranslation('workshops');
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [code, setCode] = useState(fromLink);
  const [name, setName] = useState('');
  const join = useMutation(
    trpc.workshops.join.mutationOptions({
      onSuccess: async (r) => {
        await queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
        void navigate(`/workshops/${r.workshopId}`);
      },
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!code.trim() || !name.trim()) return;
    join.mutate({ code: code.trim(), name: name.trim(), locale });
  };
  return (
    <main className="ws-join">
      <div className="ws-join__lang">
        <LanguageSwitch />
      </div>
      <Card titleAs="h1" title={t('join.title')} subtitle={t('join.intro')}>
        <form className="ws-form" onSubmit={submit}>
          <Field label={t('join.code')}>
            {(id) => <Input id={id} dir="ltr" autoCapitalize="characters" value={code} onChange={(e) => setCode(e.target.value)} />}
          </Field>
          <Field label={t('join.name')}>
            {(id) => <Input id={id} value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />}
          </Field>
          <Button type="submit" block disabled={join.isPending}>
            {t('join.submit')}
          </Button>
          <ErrorMessage error={join.error} />
        </form>
      </Card>
    </main>
  );
}

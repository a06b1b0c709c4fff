import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc/client.ts';
import { Button } from '../../../design/components/Button.tsx';
import { Card } from '../../../design/components/Card.tsx';
import { ErrorMessage } from '../../../design/components/ErrorMessage.tsx';
import { Field, Input } from '../../../design/components/Field.tsx';
import type { Bilingual } from '../../../i18n/bilingual.ts';

interface Scenario {
  id: string;
  code: string;
  service: Bilingual;
  persona: Bilingual;
}

/** Rewords a scenario's service and persona (either language is enough); its code and checklist stay. */
export function ScenarioWordingForm({ scenario, onClose }: { scenario: Scenario; onClose(): void }) {
  const { t } = useTranslation('mysteryShopper');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [service, setService] = useState(scenario.service);
  const [persona, setPersona] = useState(scenario.persona);
  const [done, setDone] = useState(false);
  const update = useMutation(
    trpc.mysteryShopper.scenarios.update.mutationOptions({
      onSuccess: async () => {
        setDone(true);
        await queryClient.invalidateQueries();
      },
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    update.mutate({ id: scenario.id, service, persona });
  };
  const side = (label: string, value: Bilingual, onChange: (v: Bilingual) => void, lang: 'ar' | 'en') => (
    <Field label={label}>
      {(id) => (
        <Input
          id={id}
          dir={lang === 'ar' ? 'rtl' : 'ltr'}
          value={value[lang]}
          onChange={(e) => onChange({ ...value, [lang]: e.target.value })}
        />
      )}
    </Field>
  );
  const title = t('setup.scenarios.editing', { code: scenario.code });
  return (
    <Card title={title}>
      <form className="stack" aria-label={title} onSubmit={submit}>
        <p className="muted">{t('setup.eitherLanguage')}</p>
        <div className="programme-setup__grid">
          {side(t('setup.scenarios.serviceAr'), service, setService, 'ar')}
          {side(t('setup.scenarios.serviceEn'), service, setService, 'en')}
          {side(t('setup.scenarios.personaAr'), persona, setPersona, 'ar')}
          {side(t('setup.scenarios.personaEn'), persona, setPersona, 'en')}
        </div>
        <ErrorMessage error={update.error} />
        {done && <p role="status">{t('setup.saved')}</p>}
        <div className="programme-setup__grid">
          <Button type="submit" disabled={update.isPending}>
            {t('setup.save')}
          </Button>
          <Button variant="ghost" onClick={onClose}>
            {t('setup.periods.close')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

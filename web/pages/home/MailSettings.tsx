import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Field, Select } from '../../design/components/Field.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';

const frequencies = ['immediate', 'daily', 'none'] as const;
type Frequency = (typeof frequencies)[number];

/** How the signed-in person's notices reach them by e-mail: each one, a daily digest, or none. */
export function MailSettings() {
  const { t } = useTranslation('mail');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.notifications.mailSettings.queryOptions());
  const save = useMutation(
    trpc.notifications.setMailFrequency.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.notifications.mailSettings.queryKey() }),
    }),
  );
  if (!settings.data) return <ErrorMessage error={settings.error} />;
  return (
    <div className="profile__mail" data-testid="mail-settings">
      {settings.data.email ? (
        <Field label={t('preferences.frequency')} hint={settings.data.email}>
          {(id) => (
            <Select
              id={id}
              value={settings.data.frequency}
              disabled={save.isPending}
              onChange={(e) => save.mutate({ frequency: e.target.value as Frequency })}
            >
              {frequencies.map((f) => (
                <option key={f} value={f}>
                  {t(`preferences.${f}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : (
        <p className="muted">{t('preferences.noAddress')}</p>
      )}
      <ErrorMessage error={save.error} />
    </div>
  );
}

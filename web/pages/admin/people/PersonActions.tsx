import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc/client.ts';
import { Button } from '../../../design/components/Button.tsx';
import { ErrorMessage } from '../../../design/components/ErrorMessage.tsx';
import { useFormat } from '../../../i18n/format.ts';

interface Target {
  id: string;
  active: boolean;
  hasPassword: boolean;
}

/** What an administrator does to an account besides editing it; each answer is said in words beside the buttons. */
export function PersonActions({ person }: { person: Target }) {
  const { t } = useTranslation('admin');
  const trpc = useTRPC();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.people.pathKey() });
  const setActive = useMutation(
    trpc.people.setActive.mutationOptions({
      onSuccess: (p) => {
        setDone(t(p.active ? 'people.done.reactivated' : 'people.done.deactivated'));
        void refresh();
      },
    }),
  );
  const reset = useMutation(
    trpc.people.sendPasswordReset.mutationOptions({ onSuccess: (r) => setDone(t('people.done.resetSent', { email: r.email })) }),
  );
  const invite = useMutation(
    trpc.people.invite.mutationOptions({ onSuccess: (r) => setDone(t('people.done.inviteSent', { email: r.email })) }),
  );
  const unlock = useMutation(
    trpc.people.unlock.mutationOptions({
      onSuccess: (r) => setDone(t('people.done.unlocked', { count: r.cleared, n: format.number(r.cleared) })),
    }),
  );
  const error = setActive.error ?? reset.error ?? invite.error ?? unlock.error;
  const pending = setActive.isPending || reset.isPending || invite.isPending || unlock.isPending;
  const run = (fn: () => void) => {
    setDone(null);
    for (const m of [setActive, reset, invite, unlock]) m.reset();
    fn();
  };
  return (
    <div className="stack" data-testid="person-actions">
      <div className="exc-row">
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() => run(() => setActive.mutate({ id: person.id, active: !person.active }))}
        >
          {t(person.active ? 'people.actions.deactivate' : 'people.actions.reactivate')}
        </Button>
        {person.active && person.hasPassword && (
          <Button variant="secondary" disabled={pending} onClick={() => run(() => reset.mutate({ id: person.id }))}>
            {t('people.actions.resetPassword')}
          </Button>
        )}
        {person.active && !person.hasPassword && (
          <Button variant="secondary" disabled={pending} onClick={() => run(() => invite.mutate({ id: person.id }))}>
            {t('people.actions.invite')}
          </Button>
        )}
        <Button variant="ghost" disabled={pending} onClick={() => run(() => unlock.mutate({ id: person.id }))}>
          {t('people.actions.unlock')}
        </Button>
      </div>
      {done && (
        <p role="status" data-testid="person-action-done">
          {done}
        </p>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}

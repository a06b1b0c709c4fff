import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Card } from '../../design/components/Card.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import { Button } from '../../design/components/Button.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { useLeaveSession } from '../../app/leave-session.ts';
import { useLocalName } from '../../app/display-name.ts';
import type { SessionUser } from '../../app/session.ts';
import { MailSettings } from './MailSettings.tsx';
import { rolesOf } from '../../app/grants.ts';

/** Who is signed in: role, entity and username; and a way to end every session of the account. */
export function ProfileCard({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const localName = useLocalName();
  const entityIds = [...new Set(user.grants.flatMap((g) => (g.entityId === null ? [] : [g.entityId])))];
  const entities = useQuery({ ...trpc.entities.list.queryOptions(), enabled: entityIds.length > 0 });
  const entityNames = entityIds.map((id) => {
    const e = entities.data?.find((x) => x.id === id);
    return e ? localName(e) : '…';
  });
  const onlyParticipant = user.grants.every((g) => g.role === 'participant');
  const leave = useLeaveSession();
  // Only once the server has ended them: a failure stays here and says so, rather than pretending.
  const signOutEverywhere = useMutation(trpc.auth.logoutEverywhere.mutationOptions({ onSuccess: leave }));
  return (
    <Card title={t('home.profile')}>
      <dl className="facts" data-testid="profile">
        <dt>{t('home.role')}</dt>
        <dd className="profile__roles">
          {rolesOf(user).map((r) => (
            <StatusPill key={r} tone="accent">
              {t(`roles.${r}`)}
            </StatusPill>
          ))}
        </dd>
        {/* A customer invited to a workshop belongs to no entity, and does not see them all either. */}
        {(entityIds.length > 0 || !onlyParticipant) && (
          <>
            <dt>{t('home.entity')}</dt>
            <dd>{entityIds.length === 0 ? t('home.noEntity') : entityNames.join(' · ')}</dd>
          </>
        )}
        <dt>{t('home.username')}</dt>
        <dd>
          <bdi>{user.username}</bdi>
        </dd>
      </dl>
      <MailSettings />
      <div className="profile__sessions">
        <p className="muted">{t('home.signOutEverywhereHint')}</p>
        <Button
          variant="secondary"
          onClick={() => signOutEverywhere.mutate()}
          disabled={signOutEverywhere.isPending}
          data-testid="sign-out-everywhere"
        >
          {t('home.signOutEverywhere')}
        </Button>
        <ErrorMessage error={signOutEverywhere.error} />
      </div>
    </Card>
  );
}

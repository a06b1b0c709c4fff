import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../design/components/PageHeader.tsx';
import { useSession, type SessionUser } from '../app/session.ts';
import { useDisplayName } from '../app/display-name.ts';
import { ProfileCard } from './home/ProfileCard.tsx';
import { ProgrammeHome } from './home/ProgrammeHome.tsx';
import { CoordinatorHome } from './home/CoordinatorHome.tsx';
import { AssessorHome } from './home/AssessorHome.tsx';
import { WorkshopsHome } from './home/WorkshopsHome.tsx';
import { LeadershipHome } from './home/LeadershipHome.tsx';
import './home.css';

/** What this role needs first; each reads at most three API procedures. */
function roleCards(user: SessionUser): ReactNode {
  switch (user.role) {
    case 'administrator':
    case 'programme_manager':
      return <ProgrammeHome />;
    case 'entity_coordinator':
      return <CoordinatorHome />;
    case 'assessor':
      return <AssessorHome userId={user.id} />;
    case 'facilitator':
      return <WorkshopsHome userId={user.id} facilitator />;
    case 'participant':
      return <WorkshopsHome userId={user.id} facilitator={false} />;
    case 'leadership':
      return <LeadershipHome />;
  }
}

/** The signed-in user's most useful things, by role, beside who they are. */
export function HomePage() {
  const { t } = useTranslation();
  const user = useSession().data;
  const name = useDisplayName(user ?? { displayNameAr: '', displayNameEn: '' });
  if (!user) return null;

  return (
    <div className="stack">
      <PageHeader title={t('home.title', { name })} subtitle={t(`home.subtitles.${user.role}`)} />
      <div className="home__grid" data-testid="home" data-role={user.role}>
        {roleCards(user)}
        <ProfileCard user={user} />
      </div>
    </div>
  );
}

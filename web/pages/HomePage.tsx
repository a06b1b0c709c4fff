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
import { ShopperHome } from './mystery-shopper/ShopperHome.tsx';
import { SupervisorHome } from './home/SupervisorHome.tsx';
import { rolesOf } from '../app/grants.ts';
import type { Role } from '../../workflows/roles.ts';
import './home.css';

/** The home each role opens with; the programme manager's and the administrator's are one. */
type HomeKind = 'programme' | Exclude<Role, 'administrator' | 'programme_manager' | 'quality_ambassador'>;

const homeOfRole: Record<Role, HomeKind> = {
  administrator: 'programme',
  programme_manager: 'programme',
  assessor: 'assessor',
  entity_coordinator: 'entity_coordinator',
  facilitator: 'facilitator',
  participant: 'participant',
  leadership: 'leadership',
  centre_supervisor: 'centre_supervisor',
  quality_ambassador: 'centre_supervisor',
  mystery_shopper: 'mystery_shopper',
};

function homeKind(role: Role): HomeKind {
  return homeOfRole[role];
}

/** What this role needs first; each reads at most three API procedures. */
function roleCards(kind: HomeKind, user: SessionUser): ReactNode {
  switch (kind) {
    case 'programme':
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
    case 'centre_supervisor':
      return <SupervisorHome />;
    case 'mystery_shopper':
      return <ShopperHome />;
  }
}

/**
 * The signed-in user's most useful things, beside who they are: one home per role held (a
 * coordinator who also assesses sees both), each under its role's name when there are several.
 */
export function HomePage() {
  const { t } = useTranslation();
  const user = useSession().data;
  const name = useDisplayName(user ?? { displayNameAr: '', displayNameEn: '' });
  if (!user) return null;
  const held = rolesOf(user);
  const homes = held.filter((r, i) => held.findIndex((o) => homeKind(o) === homeKind(r)) === i);
  const primary = held[0];

  return (
    <div className="stack">
      <PageHeader title={t('home.title', { name })} subtitle={primary ? t(`home.subtitles.${primary}`) : undefined} />
      {homes.length > 1 &&
        homes.map((role) => (
          <section key={role} className="stack" data-home={homeKind(role)} aria-labelledby={`home-${role}`}>
            <h2 id={`home-${role}`}>{t(`roles.${role}`)}</h2>
            <div className="home__grid">{roleCards(homeKind(role), user)}</div>
          </section>
        ))}
      <div className="home__grid" data-testid="home" data-role={primary ?? ''} data-roles={held.join(' ')}>
        {homes.length === 1 && homes[0] && roleCards(homeKind(homes[0]), user)}
        <ProfileCard user={user} />
      </div>
    </div>
  );
}

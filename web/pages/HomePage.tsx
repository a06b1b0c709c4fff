import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.ts';
import { Card } from '../design/components/Card.tsx';
import { PageHeader } from '../design/components/PageHeader.tsx';
import { StatusPill } from '../design/components/StatusPill.tsx';
import { useSession } from '../app/session.ts';
import { useDisplayName, useLocalName } from '../app/display-name.ts';
import { navFor } from '../app/navigation.ts';
import './home.css';

/** Dashboard placeholder: who you are, where you belong, where to go. Domains add their cards. */
export function HomePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const user = useSession().data;
  const localName = useLocalName();
  const entityId = user?.entityId ?? null;
  const entity = useQuery({ ...trpc.entities.get.queryOptions({ id: entityId ?? '' }), enabled: entityId !== null });
  const name = useDisplayName(user ?? { displayNameAr: '', displayNameEn: '' });
  if (!user) return null;
  const canSeeWorkflows = navFor(user.role).some((item) => item.id === 'workflows');

  return (
    <div className="stack">
      <PageHeader title={t('home.title', { name })} subtitle={t('home.subtitle')} />
      <div className="home__grid">
        <Card title={t('home.profile')}>
          <dl className="facts" data-testid="profile">
            <dt>{t('home.role')}</dt>
            <dd>
              <StatusPill tone="accent">{t(`roles.${user.role}`)}</StatusPill>
            </dd>
            <dt>{t('home.entity')}</dt>
            <dd>{entityId === null ? t('home.noEntity') : entity.data ? localName(entity.data) : '…'}</dd>
            <dt>{t('home.username')}</dt>
            <dd>
              <bdi>{user.username}</bdi>
            </dd>
          </dl>
        </Card>
        {canSeeWorkflows && (
          <Card title={t('home.workflowsCard')}>
            <p className="muted home__hint">{t('home.workflowsHint')}</p>
            <Link className="btn btn--primary" to="/workflows">
              {t('home.openWorkflows')}
            </Link>
          </Card>
        )}
      </div>
    </div>
  );
}

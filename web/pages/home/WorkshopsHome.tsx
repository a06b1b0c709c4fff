import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Card } from '../../design/components/Card.tsx';
import { StatusPill, toneOfState } from '../../design/components/StatusPill.tsx';
import { useFormat } from '../../i18n/format.ts';
import { stateLabel } from '../../i18n/workflow-labels.ts';
import { HomeCardBody } from './HomeCardBody.tsx';
import { useBilingual } from '../../i18n/bilingual.ts';

/**
 * Workshops and the phase each is in. A facilitator sees the ones they run (open ones first);
 * a participant the API already limits to the ones they were invited to.
 */
export function WorkshopsHome({ userId, facilitator }: { userId: string; facilitator: boolean }) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const trpc = useTRPC();
  const format = useFormat();
  const workshops = useQuery(trpc.workshops.list.queryOptions());
  const mine = (data: NonNullable<typeof workshops.data>) =>
    data
      .filter((w) => !facilitator || w.facilitatorId === userId)
      .sort((a, b) => Number(a.phase === 'closed') - Number(b.phase === 'closed'));

  return (
    <Card
      title={facilitator ? t('home.workshops.facilitating') : t('home.workshops.joined')}
      actions={<Link to="/workshops">{t('home.all')}</Link>}
      className="home__wide"
    >
      <HomeCardBody
        query={workshops}
        empty={facilitator ? t('home.workshops.noneFacilitating') : t('home.workshops.noneJoined')}
        isEmpty={(d) => mine(d).length === 0}
      >
        {(data) => (
          <ul className="home__list" data-testid="home-workshops">
            {mine(data).map((w) => (
              <li key={w.id}>
                <span className="home__item">
                  <Link to={`/workshops/${w.id}`}>{pick(w.title)}</Link>
                  <span className="muted home__meta">
                    {t('home.workshops.participants', { count: w.participantCount, formatted: format.number(w.participantCount) })}
                  </span>
                </span>
                <StatusPill tone={toneOfState(w.phase)}>{stateLabel(t, 'workshop', w.phase)}</StatusPill>
              </li>
            ))}
          </ul>
        )}
      </HomeCardBody>
    </Card>
  );
}

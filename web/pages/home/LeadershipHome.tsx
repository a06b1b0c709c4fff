import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Card } from '../../design/components/Card.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useLocalName } from '../../app/display-name.ts';
import { HomeCardBody } from './HomeCardBody.tsx';
import { useYearText } from './year-text.ts';

/** Leadership: the three leading entities of the latest published cycle, and the ways to the full views. */
export function LeadershipHome() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const format = useFormat();
  const yearText = useYearText();
  const localName = useLocalName();
  const summary = useQuery(trpc.dashboard.summary.queryOptions({}));

  return (
    <>
      <Card
        title={t('home.leadership.top')}
        subtitle={
          summary.data?.cycle
            ? t('home.leadership.cycle', { number: format.number(summary.data.cycle.number), year: yearText(summary.data.cycle.year) })
            : undefined
        }
      >
        <HomeCardBody query={summary} empty={t('home.leadership.noResults')} isEmpty={(d) => d.topEntities.length === 0}>
          {(data) => (
            <ol className="home__list home__podium" data-testid="home-top">
              {data.topEntities.slice(0, 3).map((e) => {
                const n = data.names[e.id];
                return (
                  <li key={e.id}>
                    <span className="home__rank">{format.number(e.rank)}</span>
                    <span className="home__item">{n ? localName({ nameAr: n.ar, nameEn: n.en }) : e.id}</span>
                    <strong>{t('home.percent', { value: format.score(e.score) })}</strong>
                  </li>
                );
              })}
            </ol>
          )}
        </HomeCardBody>
      </Card>
      <Card title={t('home.leadership.dashboard')}>
        <p className="muted home__hint">{t('home.leadership.dashboardHint')}</p>
        <Link className="btn btn--primary" to="/dashboard">
          {t('home.leadership.openDashboard')}
        </Link>
      </Card>
      <Card title={t('home.leadership.rankings')}>
        <p className="muted home__hint">{t('home.leadership.rankingsHint')}</p>
        <Link className="btn btn--secondary" to="/rankings">
          {t('home.leadership.openRankings')}
        </Link>
      </Card>
    </>
  );
}

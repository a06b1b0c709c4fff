import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Card } from '../../design/components/Card.tsx';
import { StatusPill, toneOfState } from '../../design/components/StatusPill.tsx';
import { useFormat } from '../../i18n/format.ts';
import { stateLabel } from '../../i18n/workflow-labels.ts';
import { useLocalName } from '../../app/display-name.ts';
import { HomeCardBody } from './HomeCardBody.tsx';

const TOP = 5;

/** The programme office: cycles under way with their stages, overdue actions, largest open gaps. */
export function ProgrammeHome() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const format = useFormat();
  const localName = useLocalName();
  const cycles = useQuery(trpc.excellence.cycles.list.queryOptions());
  const summary = useQuery(trpc.dashboard.summary.queryOptions({}));
  const name = (id: string) => {
    const n = summary.data?.names[id];
    return n ? localName({ nameAr: n.ar, nameEn: n.en }) : id;
  };

  return (
    <>
      <Card title={t('home.programme.cycles')} actions={<Link to="/excellence/cycles">{t('home.all')}</Link>}>
        <HomeCardBody query={cycles} empty={t('home.programme.noCycles')} isEmpty={(d) => d.every((c) => c.state === 'closed')}>
          {(data) => (
            <ul className="home__list" data-testid="home-cycles">
              {data
                .filter((c) => c.state !== 'closed')
                .map((c) => (
                  <li key={c.id}>
                    <Link to={`/excellence/cycles/${c.id}`}>{localName(c)}</Link>
                    <StatusPill tone={toneOfState(c.state)}>{stateLabel(t, 'excellence_cycle', c.state)}</StatusPill>
                  </li>
                ))}
            </ul>
          )}
        </HomeCardBody>
        <HomeCardBody query={summary} empty={t('home.programme.noAssessments')} isEmpty={(d) => d.cycleProgress.total === 0}>
          {(data) => (
            <>
              <h3 className="home__subtitle">
                {t('home.programme.stages', { count: data.cycleProgress.total, formatted: format.number(data.cycleProgress.total) })}
              </h3>
              <ul className="home__counts" data-testid="home-stages">
                {data.cycleProgress.stages
                  .filter((s) => s.count > 0)
                  .map((s) => (
                    <li key={s.stage}>
                      <span>{stateLabel(t, 'excellence_assessment', s.stage)}</span>
                      <strong>{format.number(s.count)}</strong>
                    </li>
                  ))}
              </ul>
            </>
          )}
        </HomeCardBody>
      </Card>
      <Card title={t('home.programme.overdue')} actions={<Link to="/actions">{t('home.all')}</Link>}>
        <HomeCardBody query={summary} empty={t('home.programme.noOverdue')} isEmpty={(d) => d.overdueByEntity.length === 0}>
          {(data) => (
            <ul className="home__list" data-testid="home-overdue">
              {data.overdueByEntity.slice(0, TOP).map((o) => (
                <li key={o.entityId}>
                  <span>{name(o.entityId)}</span>
                  <StatusPill tone="danger">
                    {t('home.programme.overdueCount', { count: o.count, formatted: format.number(o.count) })}
                  </StatusPill>
                </li>
              ))}
            </ul>
          )}
        </HomeCardBody>
      </Card>
      <Card title={t('home.programme.gaps')} actions={<Link to="/gaps">{t('home.all')}</Link>}>
        <HomeCardBody query={summary} empty={t('home.programme.noGaps')} isEmpty={(d) => d.largestOpenGaps.length === 0}>
          {(data) => (
            <ul className="home__list" data-testid="home-gaps">
              {data.largestOpenGaps.slice(0, TOP).map((g) => (
                <li key={g.id}>
                  <span className="home__item">
                    <span>{g.title}</span>
                    <span className="muted home__meta">
                      <bdi>{g.code}</bdi> · {name(g.entityId)}
                    </span>
                  </span>
                  <StatusPill tone={g.severity === 'critical' || g.severity === 'high' ? 'danger' : 'warning'}>
                    {t(`improvement:severity.${g.severity}`)}
                  </StatusPill>
                </li>
              ))}
            </ul>
          )}
        </HomeCardBody>
      </Card>
    </>
  );
}

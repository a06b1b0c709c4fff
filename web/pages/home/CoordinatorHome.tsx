import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Card } from '../../design/components/Card.tsx';
import { StatusPill, toneOfState } from '../../design/components/StatusPill.tsx';
import { useFormat } from '../../i18n/format.ts';
import { stateLabel } from '../../i18n/workflow-labels.ts';
import { HomeCardBody } from './HomeCardBody.tsx';
import { isOverdue } from '../../../workflows/improvement/overdue.ts';
import { useYearText } from './year-text.ts';

const SOON = 5;

/** `improvement.escalation.level1` → namespace `improvement`, key `escalation.level1` (as the inbox reads it). */
function noticeKey(kind: string): string {
  const dot = kind.indexOf('.');
  return dot < 0 ? kind : `${kind.slice(0, dot)}:${kind.slice(dot + 1)}`;
}

/** An entity coordinator: their entity's assessment and deadline, actions due soonest, unread messages. */
export function CoordinatorHome() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const format = useFormat();
  const yearText = useYearText();
  const assessments = useQuery(trpc.excellence.cycles.myAssessments.queryOptions());
  // The API orders by due date: the first open ones are the ones due soonest (or already late).
  const actions = useQuery(
    trpc.actions.list.queryOptions({ statuses: ['approved', 'in_progress'], limit: SOON, offset: 0, overdueOnly: false }),
  );
  const inbox = useQuery(trpc.notifications.list.queryOptions({ unreadOnly: true, limit: SOON }));
  const now = new Date();

  return (
    <>
      <Card title={t('home.coordinator.assessment')} actions={<Link to="/excellence/assessments">{t('home.all')}</Link>}>
        <HomeCardBody query={assessments} empty={t('home.coordinator.noAssessment')} isEmpty={(d) => d.length === 0}>
          {(data) => (
            <ul className="home__list" data-testid="home-assessments">
              {data.slice(0, 3).map((a) => (
                <li key={a.id}>
                  <span className="home__item">
                    <Link to={`/excellence/assessments/${a.id}`}>
                      {t('home.cycleName', { number: format.number(a.cycleNumber), year: yearText(a.cycleYear) })}
                    </Link>
                    {a.selfAssessmentDueAt && (
                      <span className={a.late ? 'home__meta home__late' : 'muted home__meta'}>
                        {t('home.coordinator.due', { date: format.date(a.selfAssessmentDueAt) })}
                      </span>
                    )}
                  </span>
                  <StatusPill tone={a.late ? 'danger' : toneOfState(a.state)}>{stateLabel(t, 'excellence_assessment', a.state)}</StatusPill>
                </li>
              ))}
            </ul>
          )}
        </HomeCardBody>
      </Card>
      <Card title={t('home.coordinator.actions')} actions={<Link to="/actions">{t('home.all')}</Link>}>
        <HomeCardBody query={actions} empty={t('home.coordinator.noActions')} isEmpty={(d) => d.length === 0}>
          {(data) => (
            <ul className="home__list" data-testid="home-actions">
              {data.map((a) => {
                const overdue = isOverdue({ status: a.status, dueAt: a.due_at }, now);
                return (
                  <li key={a.id}>
                    <span className="home__item">
                      <Link to={`/actions/${a.id}`}>{a.title}</Link>
                      <span className="muted home__meta">
                        <bdi>{a.code}</bdi> · {t('home.progress', { value: format.number(a.progress) })}
                      </span>
                    </span>
                    <StatusPill tone={overdue ? 'danger' : 'info'}>
                      {overdue
                        ? t('home.coordinator.overdueSince', { date: format.date(a.due_at) })
                        : t('home.coordinator.dueOn', { date: format.date(a.due_at) })}
                    </StatusPill>
                  </li>
                );
              })}
            </ul>
          )}
        </HomeCardBody>
      </Card>
      <Card title={t('home.inbox')} actions={<Link to="/inbox">{t('home.all')}</Link>}>
        <HomeCardBody query={inbox} empty={t('home.noUnread')} isEmpty={(d) => d.length === 0}>
          {(data) => (
            <ul className="home__list" data-testid="home-inbox">
              {data.map((n) => {
                const params = { ...n.params, dueAt: typeof n.params.dueAt === 'string' ? format.date(n.params.dueAt) : n.params.dueAt };
                const text = t(noticeKey(n.kind), { ...params, defaultValue: n.kind });
                return (
                  <li key={n.id}>
                    <span className="home__item">
                      {n.link ? <Link to={n.link}>{text}</Link> : text}
                      <span className="muted home__meta">{format.relative(n.createdAt)}</span>
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </HomeCardBody>
      </Card>
    </>
  );
}

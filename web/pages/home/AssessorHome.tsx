import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Card } from '../../design/components/Card.tsx';
import { StatusPill, type Tone } from '../../design/components/StatusPill.tsx';
import { useFormat } from '../../i18n/format.ts';
import { stateLabel } from '../../i18n/workflow-labels.ts';
import { useLocalName } from '../../app/display-name.ts';
import { HomeCardBody } from './HomeCardBody.tsx';
import { useYearText } from './year-text.ts';

type ScoringStatus = 'submitted' | 'toScore' | 'waiting';

/** Where this assessor stands on one assessment: scores handed in, scoring open to them, or not yet/any more. */
function scoringStatus(a: { state: string; submittedAssessorIds: string[] }, userId: string): ScoringStatus {
  if (a.submittedAssessorIds.includes(userId)) return 'submitted';
  return a.state === 'independent_scoring' ? 'toScore' : 'waiting';
}

const tones: Record<ScoringStatus, Tone> = { submitted: 'success', toScore: 'warning', waiting: 'neutral' };

/** An assessor: the assessments whose team they sit on, and whether their scores are in. */
export function AssessorHome({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const format = useFormat();
  const yearText = useYearText();
  const localName = useLocalName();
  const assessments = useQuery(trpc.excellence.cycles.myAssessments.queryOptions());

  return (
    <Card title={t('home.assessor.assigned')} actions={<Link to="/excellence/assessments">{t('home.all')}</Link>} className="home__wide">
      <HomeCardBody query={assessments} empty={t('home.assessor.none')} isEmpty={(d) => d.length === 0}>
        {(data) => (
          <ul className="home__list" data-testid="home-assigned">
            {data.map((a) => {
              const status = scoringStatus(a, userId);
              return (
                <li key={a.id} data-status={status}>
                  <span className="home__item">
                    {/* A centre's assessment is named for the centre: three centres of one ministry are three rows, not one name thrice. */}
                    <Link to={`/excellence/assessments/${a.id}`}>{localName({ nameAr: a.subjectNameAr, nameEn: a.subjectNameEn })}</Link>
                    <span className="muted home__meta">
                      {a.subjectId !== a.entityId && `${localName({ nameAr: a.entityNameAr, nameEn: a.entityNameEn })} · `}
                      {t('home.cycleName', { number: format.number(a.cycleNumber), year: yearText(a.cycleYear) })} ·{' '}
                      {stateLabel(t, 'excellence_assessment', a.state)}
                      {a.leadAssessorId === userId ? ` · ${t('home.assessor.lead')}` : ''}
                    </span>
                  </span>
                  <StatusPill tone={tones[status]}>{t(`home.assessor.status.${status}`)}</StatusPill>
                </li>
              );
            })}
          </ul>
        )}
      </HomeCardBody>
    </Card>
  );
}

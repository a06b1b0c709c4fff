import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill, toneOfState } from '../../design/components/StatusPill.tsx';
import { useMay, useSession } from '../../app/session.ts';
import { coordinatesEntity, hasRole, rolesOf } from '../../app/grants.ts';
import { useLocalName } from '../../app/display-name.ts';
import { useFormat } from '../../i18n/format.ts';
import { useBilingual } from '../../i18n/bilingual.ts';
import { stateLabel } from '../../i18n/workflow-labels.ts';
import { SelfAssessmentView } from './SelfAssessmentView.tsx';
import { ScoringView } from './ScoringView.tsx';
import { ConsensusView } from './ConsensusView.tsx';
import { SiteVisitForm } from './SiteVisitForm.tsx';
import { AppealPanel } from './AppealPanel.tsx';
import { ExtendDeadline } from './ExtendDeadline.tsx';
import { ReopenPanel } from './ReopenPanel.tsx';
import { AssessmentHistory } from './AssessmentHistory.tsx';
import './excellence.css';

const publishedStates = ['published.appeal_window', 'published.appeal_review', 'feedback', 'improvement_planning', 'closed'];

/** One assessment; what it shows depends on the reader's role and the assessment's stage. */
export function AssessmentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const client = useQueryClient();
  const session = useSession();
  const may = useMay();
  const localName = useLocalName();
  const format = useFormat();
  const bilingual = useBilingual();
  const assessment = useQuery(trpc.excellence.assessments.get.queryOptions({ id }));
  const send = useMutation(trpc.excellence.assessments.send.mutationOptions({ onSuccess: () => client.invalidateQueries() }));
  const a = assessment.data;
  const user = session.data;
  if (!a || !user) return <ErrorMessage error={assessment.error} />;
  const isLead = a.leadAssessorId === user.id;
  const onTeam = a.team.some((m) => m.assessorId === user.id);
  const programme = may('runExcellenceProgramme');
  return (
    <div className="stack">
      <PageHeader
        title={`${localName({ nameAr: a.subjectNameAr, nameEn: a.subjectNameEn })} · ${t('cycles.number')} ${format.number(a.cycle.number)}`}
        subtitle={bilingual(a.framework.name)}
        actions={
          <span className="exc-row">
            <StatusPill tone={toneOfState(a.state)}>{stateLabel(t, 'excellence_assessment', a.state)}</StatusPill>
            {a.late && <StatusPill tone="danger">{t('cycles.late')}</StatusPill>}
          </span>
        }
      />
      <ErrorMessage error={send.error} />
      {publishedStates.includes(a.state) && (
        <div className="exc-row">
          <Link to={`/excellence/assessments/${a.id}/result`}>{t('results.title')}</Link>
          <Link to={`/excellence/assessments/${a.id}/report`}>{t('results.report')}</Link>
        </div>
      )}
      {a.state.startsWith('self_assessment') && coordinatesEntity(user, a.entityId) && <SelfAssessmentView assessment={a} />}
      {a.state.startsWith('self_assessment') && programme && <ExtendDeadline assessmentId={a.id} dueAt={a.selfAssessmentDueAt} />}
      {a.state === 'independent_scoring' && hasRole(user, 'assessor') && onTeam && <ScoringView assessment={a} userId={user.id} />}
      {a.state === 'consensus' && (isLead || programme) && <ConsensusView assessment={a} />}
      {a.state === 'site_visits' && (isLead || programme) && (
        <>
          <SiteVisitForm assessment={a} />
          <div>
            <Button onClick={() => send.mutate({ id: a.id, type: 'COMPLETE_SITE_VISITS' })}>{t('siteVisit.complete')}</Button>
          </div>
        </>
      )}
      {a.state.startsWith('published') && (
        <AppealPanel
          assessment={a}
          role={coordinatesEntity(user, a.entityId) ? 'entity_coordinator' : (rolesOf(user)[0] ?? 'participant')}
        />
      )}
      {programme && (
        <div className="exc-row">
          {a.state === 'feedback' && (
            <Button onClick={() => send.mutate({ id: a.id, type: 'ISSUE_FEEDBACK' })}>{t('programme.issueFeedback')}</Button>
          )}
          {a.state === 'improvement_planning' && (
            <Button onClick={() => send.mutate({ id: a.id, type: 'CLOSE' })}>{t('programme.close')}</Button>
          )}
        </div>
      )}
      {a.state === 'improvement_planning' && coordinatesEntity(user, a.entityId) && (
        <div>
          <Button variant="secondary" onClick={() => send.mutate({ id: a.id, type: 'SUBMIT_IMPROVEMENT_PLAN' })}>
            {t('programme.submitPlan')}
          </Button>
        </div>
      )}
      {a.state === 'moderation.calibrating' && programme && (
        <Button onClick={() => send.mutate({ id: a.id, type: 'LOCK_MODERATION' })}>{t('cycles.lock')}</Button>
      )}
      {programme && <ReopenPanel assessment={a} />}
      {(programme || coordinatesEntity(user, a.entityId)) && <AssessmentHistory assessmentId={a.id} />}
    </div>
  );
}

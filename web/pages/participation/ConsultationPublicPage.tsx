import { stateLabel } from '../../i18n/workflow-labels.ts';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import { LanguageSwitch } from '../../app/LanguageSwitch.tsx';
import { useBilingual } from '../../i18n/bilingual.ts';
import { useFormat } from '../../i18n/format.ts';
import { ContributionForm } from './ContributionForm.tsx';
import { ContributionList } from './ContributionList.tsx';
import { EmailVerification } from './EmailVerification.tsx';
import { PollForm } from './PollForm.tsx';
import { PollResults } from './PollResults.tsx';
import { ResponseSection } from './ResponseSection.tsx';
import { AttachmentLinks } from './AttachmentLinks.tsx';
import { phaseTone } from './phase.ts';
import './participation.css';

const tokenKey = (id: string) => `participation-token:${id}`;

/** Public, no sign-in: one consultation to read, comment on and vote in, and later its response. */
export function ConsultationPublicPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('participation');
  const trpc = useTRPC();
  const pick = useBilingual();
  const format = useFormat();
  const consultation = useQuery(trpc.participation.public.get.queryOptions({ id }));
  const [token, setToken] = useState(() => sessionStorage.getItem(tokenKey(id)) ?? undefined);
  const c = consultation.data;
  const verified = (value: string) => {
    sessionStorage.setItem(tokenKey(id), value);
    setToken(value);
  };
  const needsEmail = c?.identification === 'verified_email' && token === undefined;
  return (
    <main id="main" className="participate stack">
      <PageHeader
        title={c ? pick(c.title) : t('public.title')}
        actions={
          <>
            <LanguageSwitch /> <Link to="/participate">{t('public.back')}</Link>
          </>
        }
      />
      <ErrorMessage error={consultation.error} />
      {c && (
        <>
          <div className="participate__meta">
            <StatusPill tone={phaseTone[c.phase]}>{stateLabel(t, 'consultation', c.phase)}</StatusPill>
            <span>{t(`subject.${c.subjectKind}`)}</span>
            {c.subjectRef && <span dir="auto">{c.subjectRef}</span>}
            <span>{t(c.phase === 'open' ? 'public.closesOn' : 'public.closedOn', { date: format.dateTime(c.closesAt) })}</span>
            <span>{t(`identification.${c.identification}`)}</span>
          </div>
          <Card>
            <p className="participate__body" data-testid="consultation-body">
              {pick(c.body)}
            </p>
            {c.attachments.length > 0 && <AttachmentLinks consultationId={c.id} attachments={c.attachments} />}
          </Card>
          {c.response && <ResponseSection response={c.response} />}
          {c.questions.length > 0 && (
            <Card title={t('poll.title')} subtitle={t(`resultsVisibility.${c.resultsVisibility}`)}>
              {c.results && (c.phase !== 'open' || c.voted) ? (
                <PollResults questions={c.questions} results={c.results} />
              ) : c.voted ? (
                <p>{t('poll.alreadyVoted')}</p>
              ) : c.phase === 'open' ? (
                needsEmail ? (
                  <EmailVerification consultationId={c.id} onVerified={verified} />
                ) : (
                  <PollForm consultationId={c.id} questions={c.questions} emailToken={token} />
                )
              ) : null}
            </Card>
          )}
          {c.commentsEnabled && (
            <Card title={t('contributions.title')}>
              <ContributionList contributions={c.contributions} />
              {c.phase === 'open' && <ContributionForm consultationId={c.id} />}
            </Card>
          )}
        </>
      )}
    </main>
  );
}

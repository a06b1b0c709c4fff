import { stateLabel } from '../../i18n/workflow-labels.ts';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import { useBilingual, useLocale } from '../../i18n/bilingual.ts';
import { useSession } from '../../app/session.ts';
import { coordinatedEntities } from '../../app/grants.ts';
import { ConfirmInline } from '../../design/components/ConfirmInline.tsx';
import { ConsultationEditor, fieldsOf, initialValues } from './ConsultationEditor.tsx';
import { PollResults } from './PollResults.tsx';
import { ResponseForm } from './ResponseForm.tsx';
import { ResponseSection } from './ResponseSection.tsx';
import { AttachmentUpload } from './AttachmentUpload.tsx';
import { phaseTone } from './phase.ts';
import './participation.css';

/** A new consultation's form: creating it makes a draft and goes to its page. */
export function NewConsultationPage() {
  const { t } = useTranslation('participation');
  const trpc = useTRPC();
  const navigate = useNavigate();
  const session = useSession().data;
  const create = useMutation(trpc.participation.manage.create.mutationOptions({ onSuccess: (r) => navigate(`/participation/${r.id}`) }));
  if (!session) return null;
  const own = coordinatedEntities(session)[0] ?? null;
  return (
    <div className="stack">
      <PageHeader title={t('manage.new')} actions={<Link to="/participation">{t('manage.title')}</Link>} />
      <ConsultationEditor
        initial={initialValues(undefined, own)}
        isNew
        busy={create.isPending}
        onSubmit={(v) => create.mutate({ entityId: v.entityId, ...fieldsOf(v) })}
      />
      <ErrorMessage error={create.error} />
    </div>
  );
}

/** One consultation for its owner: edit the draft, open it, close it early, see answers, export, respond. */
export function ConsultationManagePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('participation');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pick = useBilingual();
  const locale = useLocale();
  const consultation = useQuery(trpc.participation.manage.get.queryOptions({ id }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.participation.pathKey() });
  const update = useMutation(trpc.participation.manage.update.mutationOptions({ onSuccess: refresh }));
  const schedule = useMutation(trpc.participation.manage.schedule.mutationOptions({ onSuccess: refresh }));
  const closeEarly = useMutation(trpc.participation.manage.closeEarly.mutationOptions({ onSuccess: refresh }));
  const exportCsv = async () => {
    const file = await queryClient.fetchQuery(trpc.participation.manage.exportCsv.queryOptions({ id, locale }));
    const url = URL.createObjectURL(new Blob([file.csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file.fileName;
    a.click();
    URL.revokeObjectURL(url);
  };
  const c = consultation.data;
  return (
    <div className="stack">
      <PageHeader title={c ? pick(c.title) : t('manage.title')} actions={<Link to="/participation">{t('manage.title')}</Link>} />
      <ErrorMessage error={consultation.error ?? update.error ?? schedule.error ?? closeEarly.error} />
      {c && (
        <>
          <div className="participate__meta">
            <StatusPill tone={phaseTone[c.phase]}>{stateLabel(t, 'consultation', c.phase)}</StatusPill>
            <span data-testid="contribution-counts">
              {t('manage.counts', {
                pending: c.contributions.pending ?? 0,
                published: c.contributions.published ?? 0,
                hidden: c.contributions.hidden ?? 0,
              })}
            </span>
            {c.phase !== 'draft' && c.phase !== 'scheduled' && <Link to={`/participate/${c.id}`}>{t('manage.viewPublic')}</Link>}
            <Link to="/participation/moderation">{t('manage.moderation')}</Link>
            {c.questions.length > 0 && (
              <Button variant="secondary" onClick={() => void exportCsv()}>
                {t('manage.exportCsv')}
              </Button>
            )}
          </div>
          <Card title={t('public.attachments')}>
            <ul className="participate__list">
              {c.attachments.map((a) => (
                <li key={a.id}>{a.fileName}</li>
              ))}
            </ul>
            {c.phase !== 'responded' && <AttachmentUpload consultationId={c.id} />}
          </Card>
          {c.phase === 'draft' && (
            <>
              <ConsultationEditor
                key={c.opensAt + c.title.ar}
                initial={initialValues(c, c.entityId)}
                isNew={false}
                busy={update.isPending}
                onSubmit={(v) => update.mutate({ id, ...fieldsOf(v) })}
              />
              {update.isSuccess && <p role="status">{t('manage.saved')}</p>}
              <ConfirmInline
                label={t('manage.schedule')}
                question={t('manage.scheduleQuestion')}
                onConfirm={() => schedule.mutate({ id })}
              />
            </>
          )}
          {c.phase === 'open' && (
            <ConfirmInline
              label={t('manage.closeEarly')}
              question={t('manage.closeEarlyQuestion')}
              onConfirm={() => closeEarly.mutate({ id })}
            />
          )}
          {c.results && (
            <Card>
              <PollResults questions={c.questions} results={c.results} />
            </Card>
          )}
          {c.phase === 'closed' && (
            <Card title={t('manage.respond')}>
              <ResponseForm consultationId={c.id} />
            </Card>
          )}
          {c.response && <ResponseSection response={c.response} />}
        </>
      )}
    </div>
  );
}

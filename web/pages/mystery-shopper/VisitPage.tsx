import { stateLabel } from '../../i18n/workflow-labels.ts';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useTRPC, useTRPCClient } from '../../trpc/client.ts';
import { useSession } from '../../app/session.ts';
import { hasRole } from '../../app/grants.ts';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Input } from '../../design/components/Field.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import { useBilingual } from '../../i18n/bilingual.ts';
import { useFormat } from '../../i18n/format.ts';
import type { Answer } from '../../../workflows/mystery-shopper/checklist.ts';
import { ConfirmInline } from '../../design/components/ConfirmInline.tsx';
import { ReviewPanel } from './ReviewPanel.tsx';
import { useOnline, useOutboxSync } from './use-outbox-sync.ts';
import { queueReport, queuedReport, readJson, sendQueued, visitCacheKey, writeJson } from './visit-outbox.ts';
import { loadDraft, readPhoto, reportOf, saveDraft, type VisitDraft } from './visit-draft.ts';
import './mystery-shopper.css';

const answers: Answer[] = ['pass', 'fail', 'na'];

/** The shopper's phone form for one visit, usable without signal; the reviewer's view of the same visit. */
export function VisitPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('mysteryShopper');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const pick = useBilingual();
  const format = useFormat();
  const online = useOnline();
  const queued = useOutboxSync();
  const user = useSession().data;
  const cached = readJson<unknown>(visitCacheKey(id));
  const visit = useQuery({
    ...trpc.mysteryShopper.visits.get.queryOptions({ id }),
    ...(cached ? { initialData: cached as never, initialDataUpdatedAt: 0 } : {}),
    retry: (count, error) => navigator.onLine && !(error instanceof TRPCClientError && error.data) && count < 2,
  });
  // Kept on the phone so the form opens again without signal.
  useEffect(() => {
    if (visit.data && visit.isFetchedAfterMount) writeJson(visitCacheKey(id), visit.data);
  }, [id, visit.data, visit.isFetchedAfterMount]);
  const [draft, setDraft] = useState<VisitDraft>(() => loadDraft(id));
  const [notice, setNotice] = useState<'queued' | 'sent' | 'missing' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const update = (change: Partial<VisitDraft>) =>
    setDraft((d) => {
      const next = { ...d, ...change };
      saveDraft(id, next);
      return next;
    });

  const send = useMutation({
    // Offline is this mutation's normal case: it queues instead of waiting for the network.
    networkMode: 'always',
    mutationFn: async () => {
      const entry = { visitId: id, clientKey: draft.clientKey, report: reportOf(draft), photos: draft.photos };
      queueReport(entry);
      if (!navigator.onLine) return 'queued' as const;
      try {
        await sendQueued(client, entry);
        return 'sent' as const;
      } catch (err) {
        // The server answered: the report is refused, not waiting for signal.
        if (err instanceof TRPCClientError && err.data) {
          localStorage.removeItem(`tamayuz.mysteryShopper.outbox.${id}`);
          throw err;
        }
        return 'queued' as const;
      }
    },
    onSuccess: async (outcome) => {
      setNotice(outcome);
      setError(null);
      if (outcome === 'sent') await queryClient.invalidateQueries();
    },
    onError: (err) => setError(err),
  });

  if (!visit.data) return visit.error ? <ErrorMessage error={visit.error} /> : <p className="muted">…</p>;
  const v = visit.data;
  const mine = user?.id === v.shopperId;
  const waiting = queued.includes(id) || queuedReport(id) !== null;
  const editable = mine && (v.state === 'assigned' || v.state === 'returned') && !waiting;
  const report = editable ? null : v.report;
  const complete = v.checklist.every((i) => draft.answers[i.code] !== undefined);

  return (
    <div className="stack shopper-visit" data-testid="visit-page" data-state={v.state}>
      <PageHeader title={pick(v.centre)} subtitle={`${t(`channels.${v.channel}`)} · ${format.date(`${v.plannedOn}T12:00:00Z`)}`} />
      <p>
        <StatusPill tone={v.state === 'accepted' ? 'success' : 'neutral'}>{stateLabel(t, 'mystery_shopper_visit', v.state)}</StatusPill>
      </p>
      {!online && (
        <p className="shopper-visit__offline" role="status" data-testid="offline-banner">
          {t('visit.offline')}
        </p>
      )}
      {(notice === 'queued' || waiting) && (
        <p role="status" data-testid="queued-notice">
          {t('visit.queued')}
        </p>
      )}
      {notice === 'sent' && !waiting && (
        <p role="status" data-testid="sent-notice">
          {t('visit.sent')}
        </p>
      )}
      {v.returnReason && v.state === 'returned' && <p role="alert">{t('visit.returnedBecause', { reason: v.returnReason })}</p>}
      <Card title={t('visit.scenario')}>
        <dl className="shopper-visit__scenario">
          <dt>{t('visit.service')}</dt>
          <dd>{pick(v.scenario.service)}</dd>
          <dt>{t('visit.persona')}</dt>
          <dd>{pick(v.scenario.persona)}</dd>
        </dl>
      </Card>
      {editable ? (
        <form
          className="stack"
          aria-label={t('visit.title')}
          onSubmit={(e) => {
            e.preventDefault();
          }}
        >
          <Field label={t('visit.arrival')}>
            {(fid) => <Input id={fid} type="datetime-local" value={draft.arrival} onChange={(e) => update({ arrival: e.target.value })} />}
          </Field>
          <Field label={t('visit.ticket')}>
            {(fid) => <Input id={fid} value={draft.ticket} maxLength={40} onChange={(e) => update({ ticket: e.target.value })} />}
          </Field>
          <div className="shopper-visit__pair">
            <Field label={t('visit.waiting')}>
              {(fid) => (
                <Input
                  id={fid}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  value={draft.waitingMinutes}
                  onChange={(e) => update({ waitingMinutes: e.target.value })}
                />
              )}
            </Field>
            <Field label={t('visit.service_time')}>
              {(fid) => (
                <Input
                  id={fid}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  value={draft.serviceMinutes}
                  onChange={(e) => update({ serviceMinutes: e.target.value })}
                />
              )}
            </Field>
          </div>
          <h2>{t('visit.checklist')}</h2>
          {v.checklist.map((item) => (
            <fieldset key={item.code} className="shopper-visit__item" data-item={item.code}>
              <legend>{pick(item.text)}</legend>
              <div className="shopper-visit__choices">
                {answers.map((a) => (
                  <label key={a} className="shopper-visit__choice">
                    <input
                      type="radio"
                      name={`item-${item.code}`}
                      value={a}
                      checked={draft.answers[item.code] === a}
                      onChange={() => update({ answers: { ...draft.answers, [item.code]: a } })}
                    />
                    {t(`visit.${a}`)}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <Field label={t('visit.notes')}>
            {(fid) => (
              <textarea id={fid} className="input" rows={4} value={draft.notes} onChange={(e) => update({ notes: e.target.value })} />
            )}
          </Field>
          <Field label={t('visit.addPhoto')} hint={t('visit.photoCount', { count: draft.photos.length + v.photos.length })}>
            {(fid) => (
              <Input
                id={fid}
                type="file"
                accept="image/png,image/jpeg"
                capture="environment"
                onChange={async (e) => {
                  const file = e.target.files?.[0];
                  if (file) update({ photos: [...draft.photos, await readPhoto(file)] });
                  e.target.value = '';
                }}
              />
            )}
          </Field>
          {notice === 'missing' && <p role="alert">{t('visit.missing')}</p>}
          <ErrorMessage error={error} />
          <ConfirmInline
            label={send.isPending ? t('visit.sending') : t('visit.submit')}
            question={t('visit.confirmSubmit')}
            disabled={send.isPending}
            testId="submit-visit"
            onConfirm={() => (complete ? send.mutate() : setNotice('missing'))}
          />
        </form>
      ) : (
        report && (
          <Card title={t('visit.title')}>
            <dl className="shopper-visit__scenario" data-testid="visit-report">
              <dt>{t('visit.arrival')}</dt>
              <dd>{format.dateTime(report.arrivedAt)}</dd>
              <dt>{t('visit.ticket')}</dt>
              <dd>{report.ticket}</dd>
              <dt>{t('visit.waiting')}</dt>
              <dd>{format.number(report.waitingMinutes)}</dd>
              <dt>{t('visit.service_time')}</dt>
              <dd>{format.number(report.serviceMinutes)}</dd>
              {v.checklist.map((item) => (
                <div key={item.code} className="shopper-visit__row">
                  <dt>{pick(item.text)}</dt>
                  <dd>{report.answers[item.code] ? t(`visit.${report.answers[item.code]}`) : '—'}</dd>
                </div>
              ))}
              <dt>{t('visit.notes')}</dt>
              <dd>{report.notes || '—'}</dd>
              <dt>{t('visit.photos')}</dt>
              <dd>{t('visit.photoCount', { count: v.photos.length })}</dd>
              {v.score !== null && (
                <>
                  <dt>{t('visit.score')}</dt>
                  <dd>{format.score(v.score)}</dd>
                </>
              )}
            </dl>
          </Card>
        )
      )}
      {!editable && mine && !report && <p className="muted">{t('visit.readOnly')}</p>}
      {user && !mine && (hasRole(user, 'programme_manager') || hasRole(user, 'administrator')) && v.state === 'submitted' && (
        <ReviewPanel visitId={id} />
      )}
    </div>
  );
}

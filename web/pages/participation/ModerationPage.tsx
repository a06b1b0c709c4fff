import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { EmptyState } from '../../design/components/EmptyState.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Input } from '../../design/components/Field.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import { useBilingual } from '../../i18n/bilingual.ts';
import { useFormat } from '../../i18n/format.ts';
import { ConfirmInline } from '../../design/components/ConfirmInline.tsx';
import './participation.css';

/** What visitors wrote, waiting for a moderator or reported: publish, or hide with a reason (asked to confirm). */
export function ModerationPage() {
  const { t } = useTranslation('participation');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pick = useBilingual();
  const format = useFormat();
  const queue = useQuery(trpc.participation.manage.queue.queryOptions());
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const moderate = useMutation(
    trpc.participation.manage.moderate.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.participation.manage.queue.queryKey() }),
    }),
  );
  return (
    <div className="stack">
      <PageHeader title={t('moderation.title')} actions={<Link to="/participation">{t('manage.title')}</Link>} />
      <ErrorMessage error={queue.error ?? moderate.error} />
      {queue.data?.length === 0 && <EmptyState title={t('moderation.none')} />}
      {queue.data?.map((c) => (
        <Card key={c.id} title={pick(c.consultationTitle)}>
          <div className="stack participate-staff" data-testid="moderation-item">
            <div className="participate__meta">
              <StatusPill tone={c.status === 'pending' ? 'warning' : 'danger'}>
                {t(c.status === 'pending' ? 'moderation.pending' : 'moderation.published')}
              </StatusPill>
              {c.reports > 0 && <span>{t('moderation.reports', { count: c.reports, formatted: format.number(c.reports) })}</span>}
              <span>{c.authorName || t('contributions.anonymous')}</span>
              <time dateTime={c.createdAt}>{format.dateTime(c.createdAt)}</time>
            </div>
            <p className="participate__body">{c.body}</p>
            {c.status === 'pending' && (
              <Button onClick={() => moderate.mutate({ contributionId: c.id, decision: 'publish' })} disabled={moderate.isPending}>
                {t('moderation.publish')}
              </Button>
            )}
            <Field label={t('moderation.reason')}>
              {(id) => (
                <Input
                  id={id}
                  value={reasons[c.id] ?? ''}
                  maxLength={500}
                  onChange={(e) => setReasons((r) => ({ ...r, [c.id]: e.target.value }))}
                />
              )}
            </Field>
            <ConfirmInline
              label={t('moderation.hide')}
              question={t('moderation.hideQuestion')}
              disabled={(reasons[c.id] ?? '').trim() === '' || moderate.isPending}
              onConfirm={() => moderate.mutate({ contributionId: c.id, decision: 'hide', reason: reasons[c.id] ?? '' })}
            />
          </div>
        </Card>
      ))}
    </div>
  );
}

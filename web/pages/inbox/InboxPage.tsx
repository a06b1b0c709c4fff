import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { EmptyState } from '../../design/components/EmptyState.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { useFormat } from '../../i18n/format.ts';
import '../improvement.css';

/** `improvement.escalation.level1` → namespace `improvement`, key `escalation.level1`. */
function noticeKey(kind: string): string {
  const dot = kind.indexOf('.');
  return dot < 0 ? kind : `${kind.slice(0, dot)}:${kind.slice(dot + 1)}`;
}

/** The user's own notices, newest first. */
export function InboxPage() {
  const { t } = useTranslation('improvement');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const format = useFormat();
  const list = useQuery(trpc.notifications.list.queryOptions({ unreadOnly: false, limit: 100 }));
  const unread = useQuery(trpc.notifications.unreadCount.queryOptions());
  const mark = useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() }),
    }),
  );
  return (
    <div className="stack">
      <PageHeader
        title={t('inbox.title')}
        subtitle={unread.data !== undefined ? t('inbox.unread', { count: unread.data }) : t('inbox.subtitle')}
        actions={
          <Button variant="secondary" disabled={!unread.data} onClick={() => mark.mutate({})}>
            {t('inbox.markAll')}
          </Button>
        }
      />
      <ErrorMessage error={list.error ?? mark.error} />
      {list.data && list.data.length === 0 && <EmptyState title={t('inbox.empty')} />}
      <ul className="improvement__inbox" data-testid="inbox">
        {(list.data ?? []).map((n) => {
          const params = { ...n.params, dueAt: typeof n.params.dueAt === 'string' ? format.date(n.params.dueAt) : n.params.dueAt };
          return (
            <li key={n.id} className={n.readAt ? '' : 'improvement__unread'}>
              <span className="improvement__notice">{t(noticeKey(n.kind), { ...params, defaultValue: n.kind })}</span>
              <span className="improvement__notice-meta">
                <span className="muted">{format.relative(n.createdAt)}</span>
                {n.link && <Link to={n.link}>{t('inbox.open')}</Link>}
                {!n.readAt && (
                  <Button variant="ghost" onClick={() => mark.mutate({ ids: [n.id] })}>
                    {t('inbox.markRead')}
                  </Button>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../trpc/client.ts';
import { useFormat } from '../i18n/format.ts';

/** The header's way to the inbox, with the unread count as a badge. */
export function InboxLink() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const format = useFormat();
  // A minute old is fresh enough for a badge; the inbox page itself reads live.
  const unread = useQuery({ ...trpc.notifications.unreadCount.queryOptions(), staleTime: 60_000, refetchInterval: 120_000 });
  const count = unread.data ?? 0;
  const label = count > 0 ? t('header.unread', { count }) : t('header.inbox');
  return (
    <Link to="/inbox" className="shell__inbox" aria-label={label} title={label} data-testid="inbox-link">
      <svg className="shell__inbox-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 3a6 6 0 0 0-6 6v3.6L4.3 15.3A1 1 0 0 0 5.1 17h13.8a1 1 0 0 0 .8-1.7L18 12.6V9a6 6 0 0 0-6-6Zm0 18a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 21Z" />
      </svg>
      {count > 0 && (
        <span className="shell__badge" data-testid="unread-count">
          {format.number(Math.min(count, 99))}
          {count > 99 ? '+' : ''}
        </span>
      )}
    </Link>
  );
}

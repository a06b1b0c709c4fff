import type { ReactNode } from 'react';

/** `as="h1"` when the empty state is the whole page (not found), so the page still has its heading. */
export function EmptyState({ title, children, as: Title = 'p' }: { title: ReactNode; children?: ReactNode; as?: 'p' | 'h1' | 'h2' }) {
  return (
    <div className="empty" role="status">
      <Title className="empty__title">{title}</Title>
      {children}
    </div>
  );
}

import type { ReactNode } from 'react';

export interface CardProps {
  title?: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  /** Accessible name for the region when the title is not enough. */
  label?: string;
  /** h1 when the card is the page (the join page); h2 inside a page with its own heading. */
  titleAs?: 'h1' | 'h2';
}

export function Card({ title, subtitle, actions, children, className, label, titleAs: Title = 'h2' }: CardProps) {
  return (
    <section className={['card', className ?? ''].filter(Boolean).join(' ')} aria-label={label}>
      {(title || actions) && (
        <header className="card__header">
          <div>
            {title && <Title className="card__title">{title}</Title>}
            {subtitle && <p className="card__subtitle">{subtitle}</p>}
          </div>
          {actions}
        </header>
      )}
      {children}
    </section>
  );
}

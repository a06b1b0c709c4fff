import type { ReactNode } from 'react';

export interface CardProps {
  title?: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  /** Accessible name for the region when the title is not enough. */
  label?: string;
}

export function Card({ title, subtitle, actions, children, className, label }: CardProps) {
  return (
    <section className={['card', className ?? ''].filter(Boolean).join(' ')} aria-label={label}>
      {(title || actions) && (
        <header className="card__header">
          <div>
            {title && <h2 className="card__title">{title}</h2>}
            {subtitle && <p className="card__subtitle">{subtitle}</p>}
          </div>
          {actions}
        </header>
      )}
      {children}
    </section>
  );
}

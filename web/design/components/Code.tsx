import type { ReactNode } from 'react';

/**
 * An identifier as the system writes it (a gap code GAP-MOI-003, a criterion code A1): left to
 * right inside Arabic text, never translated or re-digited, and never broken across lines.
 * `data-code` tells the digit checks that its Latin digits are part of a name, not a number.
 */
export function Code({ children, title }: { children: ReactNode; title?: string }) {
  return (
    <bdi dir="ltr" className="code" translate="no" data-code="" title={title}>
      {children}
    </bdi>
  );
}

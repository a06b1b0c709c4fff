import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { useBilingual } from '../../i18n/bilingual.ts';
import { useFormat } from '../../i18n/format.ts';

/** The id a criterion's section carries, so the outline (and the keyboard) can move to it. */
export const leafAnchor = (code: string) => `leaf-${code}`;

/** Moves focus (and the view) to a criterion of the sheet. */
export function goToLeaf(code: string): void {
  const target = document.getElementById(leafAnchor(code));
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

/**
 * The side panel of a score sheet: each section of the framework with how many of its
 * criteria are complete (counted by the server), and its criteria to jump to.
 */
export function AssessmentOutline({ assessmentId, sheet }: { assessmentId: string; sheet: 'self' | 'mine' }) {
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const bilingual = useBilingual();
  const format = useFormat();
  const outline = useQuery(trpc.excellence.outline.get.queryOptions({ id: assessmentId, sheet }));
  if (!outline.data) return null;
  const count = (done: number, total: number) => t('outline.count', { done: format.number(done), total: format.number(total) });
  return (
    <nav className="exc-outline" aria-label={t('outline.title')} data-testid="outline">
      <h2 className="exc-outline__title">{t('outline.title')}</h2>
      <p className="exc-muted" data-testid="outline-total">
        {count(outline.data.done, outline.data.total)}
      </p>
      <ul className="exc-outline__sections">
        {outline.data.sections.map((s) => (
          <li key={s.code} style={{ paddingInlineStart: `${s.depth}rem` }} data-testid={`outline-${s.code}`}>
            <span className="exc-outline__section">
              <span>
                <span className="exc-node__code">{s.code}</span>
                {bilingual(s.name)}
              </span>
              <span
                className={`exc-outline__count${s.done === s.total ? ' exc-outline__count--done' : ''}`}
                data-testid={`outline-count-${s.code}`}
              >
                {count(s.done, s.total)}
              </span>
            </span>
            <ul className="exc-outline__leaves">
              {s.leaves.map((leaf) => (
                <li key={leaf.code}>
                  <a
                    href={`#${leafAnchor(leaf.code)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      goToLeaf(leaf.code);
                    }}
                  >
                    <span className="exc-node__code">{leaf.code}</span>
                    {bilingual(leaf.name)}
                    <span className="exc-outline__state">{leaf.done ? t('outline.done') : t('outline.todo')}</span>
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </nav>
  );
}

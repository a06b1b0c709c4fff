import { useTranslation } from 'react-i18next';
import { Button } from '../../design/components/Button.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import type { WorkshopView } from '../../../api/workshops/workshop-view.ts';
import type { BundleDesign } from '../../../workflows/bundles/bundle-design.ts';
import { useBilingual } from './bilingual.ts';

type Act = (type: string, payload?: Record<string, unknown>) => Promise<unknown>;

/**
 * The to-be bundle: start from the bundle's current design, then mark each document as
 * still required or eliminated (once-only: the issuing entity already holds it). Each
 * change is one SET_DESIGN event; the difference from the baseline comes back computed.
 */
export function DesignPanel({ view, act }: { view: WorkshopView; act: Act }) {
  const { t } = useTranslation('workshops');
  const pick = useBilingual();
  const design = (view.board.design ?? null) as BundleDesign | null;
  const mayEdit = view.phaseActions.includes('SET_DESIGN') && (view.me.role === 'facilitator' || view.participants.some((p) => p.id === view.me.id && p.kind === 'entity_representative'));
  if (!mayEdit && !design) return null;
  const status = (documentId: string) => design?.documents.find((d) => d.documentId === documentId)?.status ?? 'required';
  const toggle = (documentId: string, issuedBy: string | undefined) => {
    if (!design || !issuedBy) return;
    const others = design.documents.filter((d) => d.documentId !== documentId);
    const next =
      status(documentId) === 'required'
        ? [...others, { documentId, status: 'eliminated' as const, heldBy: issuedBy as never, basis: { kind: 'data_sharing_agreement' as const, reference: view.id } }]
        : [...others, { documentId, status: 'required' as const }];
    void act('SET_DESIGN', { design: { ...design, documents: next } });
  };
  return (
    <section className="ws-section" aria-label={t('board.design')}>
      <h2 className="ws-section__title">{t('board.design')}</h2>
      {mayEdit && view.bundleDesign && (
        <Button variant="secondary" onClick={() => void act('SET_DESIGN', { design: view.bundleDesign })}>
          {t('board.startFromCurrent')}
        </Button>
      )}
      {design && (
        <>
          <ol className="ws-ranking">
            {design.steps.map((s) => (
              <li key={s.id}>
                {pick(s.title)} {s.visit && <StatusPill tone="warning">{t('board.visit')}</StatusPill>}
              </li>
            ))}
          </ol>
          <ul className="ws-list">
            {view.bundleDocuments.map((d) => (
              <li key={d.id} className="ws-card">
                <span>{pick(d.name)}</span>
                <span className="ws-card__votes">
                  <StatusPill tone={status(d.id) === 'required' ? 'warning' : 'success'}>{t(`board.document.${status(d.id)}`)}</StatusPill>
                  {mayEdit && d.issuedBy && (
                    <Button variant="ghost" onClick={() => toggle(d.id, d.issuedBy)}>
                      {status(d.id) === 'required' ? t('board.eliminate') : t('board.require')}
                    </Button>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

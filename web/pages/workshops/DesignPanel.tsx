import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../design/components/Button.tsx';
import { Input } from '../../design/components/Field.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import type { WorkshopView } from '../../../api/workshops/workshop-view.ts';
import type { BundleDesign, DesignStep } from '../../../workflows/bundles/bundle-design.ts';
import type { BilingualText } from '../../../workflows/bundles/bilingual-text.ts';
import {
  draftFromServices,
  mergedIntoOnePlatform,
  withNewStep,
  withServiceToggled,
  withStep,
  withStepMoved,
  withoutStep,
} from '../../../workflows/bundles/design-edits.ts';
import { ComparisonTable } from './ComparisonTable.tsx';
import { useBilingual } from '../../i18n/bilingual.ts';

type Act = (type: string, payload?: Record<string, unknown>) => Promise<unknown>;

/**
 * The to-be bundle: the platform, the steps on it (which services merge into each, which
 * still need a visit) and each document still required or eliminated (once-only). Each
 * change is one SET_DESIGN event; the difference from the baseline comes back computed.
 */
export function DesignPanel({ view, act }: { view: WorkshopView; act: Act }) {
  const { t } = useTranslation('workshops');
  const pick = useBilingual();
  const design = (view.board.design ?? null) as BundleDesign | null;
  const mayEdit =
    view.phaseActions.includes('SET_DESIGN') &&
    (view.me.role === 'facilitator' || view.participants.some((p) => p.id === view.me.id && p.kind === 'entity_representative'));
  if (!mayEdit && !design) return null;
  const save = (next: BundleDesign) => void act('SET_DESIGN', { design: next });
  const status = (documentId: string) => design?.documents.find((d) => d.documentId === documentId)?.status ?? 'required';
  const toggle = (documentId: string, issuedBy: string | undefined) => {
    if (!design || !issuedBy) return;
    const others = design.documents.filter((d) => d.documentId !== documentId);
    const next =
      status(documentId) === 'required'
        ? [
            ...others,
            {
              documentId,
              status: 'eliminated' as const,
              heldBy: issuedBy as never,
              basis: { kind: 'data_sharing_agreement' as const, reference: view.id },
            },
          ]
        : [...others, { documentId, status: 'required' as const }];
    save({ ...design, documents: next });
  };
  const platform = design?.platforms[0];
  const serviceName = (id: string) => {
    const s = view.bundleServices.find((x) => x.id === id);
    return s ? pick(s.name) : id;
  };
  return (
    <section className="ws-section" aria-label={t('board.design')} data-testid="design-panel">
      <h2 className="ws-section__title">{t('board.design')}</h2>
      {mayEdit && (
        <div className="ws-controls">
          {view.bundleDesign && (
            <Button variant="secondary" data-testid="design-start-current" onClick={() => save(view.bundleDesign!)}>
              {t('board.startFromCurrent')}
            </Button>
          )}
          {!design && !view.bundleDesign && view.bundleServices.length > 0 && (
            <Button
              variant="secondary"
              onClick={() => save(draftFromServices(view.bundleServices, { ar: t('design.portalAr'), en: t('design.portalEn') }))}
            >
              {t('design.startDraft')}
            </Button>
          )}
          {design && view.bundleServices.length > 0 && (
            <Button
              variant="secondary"
              data-testid="design-merge-all"
              onClick={() =>
                save(
                  mergedIntoOnePlatform(
                    design,
                    view.bundleServices.map((s) => s.id),
                    { ar: t('design.oneStepAr'), en: t('design.oneStepEn') },
                  ),
                )
              }
            >
              {t('design.mergeAll')}
            </Button>
          )}
        </div>
      )}
      {view.comparison && <ComparisonTable comparison={view.comparison} />}
      {design && platform && (
        <>
          {mayEdit ? (
            <fieldset className="ws-checks ws-design__platform">
              <legend>{t('design.platform')}</legend>
              <BilingualInputs
                key={`platform-${view.version}`}
                value={platform.name}
                labels={{ ar: t('design.nameAr'), en: t('design.nameEn') }}
                onCommit={(name) => save({ ...design, platforms: design.platforms.map((p, i) => (i === 0 ? { ...p, name } : p)) })}
              />
            </fieldset>
          ) : (
            <p>
              {t('design.platform')}: <strong>{pick(platform.name)}</strong>
            </p>
          )}
          <h3 className="ws-design__subtitle">{t('design.steps')}</h3>
          <ol className="ws-list ws-design__steps">
            {design.steps.map((s, i) =>
              mayEdit ? (
                <StepEditor
                  key={`${s.id}-${view.version}`}
                  step={s}
                  index={i}
                  count={design.steps.length}
                  services={view.bundleServices.map((x) => ({ id: x.id, name: pick(x.name) }))}
                  onChange={(change) => save(withStep(design, s.id, change))}
                  onToggleService={(serviceId) => save(withServiceToggled(design, s.id, serviceId))}
                  onMove={(by) => save(withStepMoved(design, s.id, by))}
                  onRemove={design.steps.length > 1 ? () => save(withoutStep(design, s.id)) : undefined}
                />
              ) : (
                <li key={s.id} className="ws-card">
                  <span>
                    {pick(s.title)} {s.visit && <StatusPill tone="warning">{t('board.visit')}</StatusPill>}
                  </span>
                  <small className="muted">{s.replacesServiceIds.map(serviceName).join('، ')}</small>
                </li>
              ),
            )}
          </ol>
          {mayEdit && (
            <div>
              <Button
                variant="secondary"
                onClick={() => save(withNewStep(design, { ar: t('design.newStepAr'), en: t('design.newStepEn') }))}
              >
                {t('design.addStep')}
              </Button>
            </div>
          )}
          <h3 className="ws-design__subtitle">{t('design.documents')}</h3>
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

/** Arabic and English names, saved when the field is left with a changed value. */
function BilingualInputs({
  value,
  labels,
  onCommit,
}: {
  value: BilingualText;
  labels: BilingualText;
  onCommit(next: BilingualText): void;
}) {
  const id = useId();
  const commit = (lang: 'ar' | 'en', text: string) => {
    const trimmed = text.trim();
    if (trimmed && trimmed !== value[lang]) onCommit({ ...value, [lang]: trimmed });
  };
  return (
    <div className="ws-design__names">
      <label className="ws-design__field" htmlFor={`${id}-ar`}>
        <span className="field__label">{labels.ar}</span>
        <Input
          id={`${id}-ar`}
          dir="rtl"
          lang="ar"
          defaultValue={value.ar}
          maxLength={200}
          onBlur={(e) => commit('ar', e.currentTarget.value)}
        />
      </label>
      <label className="ws-design__field" htmlFor={`${id}-en`}>
        <span className="field__label">{labels.en}</span>
        <Input
          id={`${id}-en`}
          dir="ltr"
          lang="en"
          defaultValue={value.en}
          maxLength={200}
          onBlur={(e) => commit('en', e.currentTarget.value)}
        />
      </label>
    </div>
  );
}

interface StepEditorProps {
  step: DesignStep;
  index: number;
  count: number;
  services: { id: string; name: string }[];
  onChange(change: Partial<DesignStep>): void;
  onToggleService(serviceId: string): void;
  onMove(by: -1 | 1): void;
  onRemove?: () => void;
}

function StepEditor({ step, index, count, services, onChange, onToggleService, onMove, onRemove }: StepEditorProps) {
  const { t } = useTranslation('workshops');
  const id = useId();
  const number = (field: 'typicalDays' | 'fees', text: string) => {
    const n = Number(text);
    if (text.trim() !== '' && Number.isFinite(n) && n >= 0 && n !== step[field]) onChange({ [field]: n });
  };
  return (
    <li className="ws-card ws-design__step" data-testid={`design-step-${step.id}`}>
      <div className="ws-design__step-head">
        <strong>{t('design.stepNumber', { n: index + 1 })}</strong>
        <span className="ws-card__votes">
          <Button variant="ghost" disabled={index === 0} onClick={() => onMove(-1)} aria-label={t('design.earlier')}>
            {t('design.earlier')}
          </Button>
          <Button variant="ghost" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={t('design.later')}>
            {t('design.later')}
          </Button>
          {onRemove && (
            <Button variant="ghost" onClick={onRemove}>
              {t('design.removeStep')}
            </Button>
          )}
        </span>
      </div>
      <BilingualInputs
        value={step.title}
        labels={{ ar: t('design.titleAr'), en: t('design.titleEn') }}
        onCommit={(title) => onChange({ title })}
      />
      <div className="ws-design__facts">
        <label className="ws-inline">
          <input
            type="checkbox"
            data-testid="design-visit"
            checked={step.visit}
            onChange={(e) => onChange({ visit: e.currentTarget.checked })}
          />
          {t('design.visit')}
        </label>
        <label className="ws-inline" htmlFor={`${id}-days`}>
          {t('design.days')}
          <Input
            id={`${id}-days`}
            className="ws-number"
            type="number"
            min={0}
            step="0.5"
            defaultValue={step.typicalDays}
            onBlur={(e) => number('typicalDays', e.currentTarget.value)}
          />
        </label>
        <label className="ws-inline" htmlFor={`${id}-fees`}>
          {t('design.fees')}
          <Input
            id={`${id}-fees`}
            className="ws-number"
            type="number"
            min={0}
            defaultValue={step.fees}
            onBlur={(e) => number('fees', e.currentTarget.value)}
          />
        </label>
      </div>
      {services.length > 0 && (
        <fieldset className="ws-checks ws-design__services">
          <legend>{t('design.merges')}</legend>
          {services.map((s) => (
            <label key={s.id} className="ws-inline">
              <input type="checkbox" checked={step.replacesServiceIds.includes(s.id)} onChange={() => onToggleService(s.id)} />
              {s.name}
            </label>
          ))}
        </fieldset>
      )}
    </li>
  );
}

import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Input, Select } from '../../design/components/Field.tsx';
import { journeyChannels, type JourneyChannel, type JourneyStep } from '../../../workflows/journeys/journey-map.ts';
import { useBilingual } from '../../i18n/bilingual.ts';

export interface StepEditorProps {
  step: JourneyStep;
  /** Server refusals for this step: field path (e.g. `fee`, `painPoints.0.text.ar`) -> `stepErrors.<reason>`. */
  errors: Record<string, string>;
  onChange(step: JourneyStep): void;
  onClose(): void;
}

const emotions = [-2, -1, 0, 1, 2] as const;
const emotionNames = { '-2': 'very_negative', '-1': 'negative', '0': 'neutral', '1': 'positive', '2': 'very_positive' } as const;

/** An empty number box stays empty (sent as null) so the server names the field instead of guessing 0. */
const toNumber = (raw: string): number => (raw.trim() === '' ? Number.NaN : Number(raw));
const shown = (n: number): string | number => (Number.isFinite(n) ? n : '');

/**
 * Everything a map step holds, as native controls (Tab order, Space on checkboxes, Escape
 * closes). Checks are the server's: its per-field reasons are shown beside each field.
 */
export function StepEditor({ step, errors, onChange, onClose }: StepEditorProps) {
  const { t } = useTranslation('journeys');
  const pick = useBilingual();
  const trpc = useTRPC();
  const reference = useQuery(trpc.services.reference.queryOptions());
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `step.id` is the trigger: opening another step moves focus to its heading, edits to the same step do not
  useEffect(() => heading.current?.focus(), [step.id]);
  const set = (patch: Partial<JourneyStep>) => onChange({ ...step, ...patch });
  const errorOf = (field: string) => errors[field] ?? Object.entries(errors).find(([k]) => k.startsWith(`${field}.`))?.[1];
  const control = (
    field: string,
    label: ReactNode,
    input: (id: string, described: { 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode,
  ) => {
    const id = `step-${step.id}-${field}`.replace(/[^a-zA-Z0-9_-]/g, '-');
    const error = errorOf(field);
    return (
      <div className={error ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        {input(id, error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {})}
        {error && (
          <span className="field__error" id={`${id}-error`} data-testid={`step-error-${field}`}>
            {t(error)}
          </span>
        )}
      </div>
    );
  };
  // The step's figures: minutes and fees, zero or more, fractions allowed; empty reads as not given.
  const amount = (field: 'waitingMinutes' | 'handlingMinutes' | 'fee', label: string) =>
    control(field, label, (id, d) => (
      <Input
        id={id}
        type="number"
        min={0}
        step="any"
        inputMode="decimal"
        value={shown(step[field])}
        onChange={(e) => set({ [field]: toNumber(e.target.value) })}
        {...d}
      />
    ));
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };
  const documents = reference.data?.documents ?? [];
  const entities = reference.data?.entities ?? [];
  const docError = errorOf('documentIds');

  return (
    <section className="step-editor" aria-labelledby={`step-editor-${step.id}`} onKeyDown={onKey} data-testid="step-editor">
      <div className="step-editor__head">
        <h3 id={`step-editor-${step.id}`} tabIndex={-1} ref={heading}>
          {t('stepEditor.title', { step: pick(step.title) || step.id })}
        </h3>
        <Button variant="secondary" onClick={onClose}>
          {t('stepEditor.close')}
        </Button>
      </div>
      <div className="step-editor__grid">
        {control('title.ar', t('editor.stepTitleAr'), (id, d) => (
          <Input
            id={id}
            dir="rtl"
            lang="ar"
            value={step.title.ar}
            onChange={(e) => set({ title: { ...step.title, ar: e.target.value } })}
            {...d}
          />
        ))}
        {control('title.en', t('editor.stepTitleEn'), (id, d) => (
          <Input
            id={id}
            dir="ltr"
            lang="en"
            value={step.title.en}
            onChange={(e) => set({ title: { ...step.title, en: e.target.value } })}
            {...d}
          />
        ))}
        {control('channel', t('editor.channel'), (id, d) => (
          <Select id={id} value={step.channel} onChange={(e) => set({ channel: e.target.value as JourneyChannel })} {...d}>
            {journeyChannels.map((c) => (
              <option key={c} value={c}>
                {t(`channels.${c}`)}
              </option>
            ))}
          </Select>
        ))}
        {control('entityId', t('stepEditor.entity'), (id, d) => (
          <Select id={id} value={step.entityId} onChange={(e) => set({ entityId: e.target.value })} {...d}>
            {!entities.some((e) => e.code === step.entityId) && <option value={step.entityId}>{step.entityId}</option>}
            {entities.map((e) => (
              <option key={e.code} value={e.code}>
                {pick(e.name)}
              </option>
            ))}
          </Select>
        ))}
        {amount('waitingMinutes', t('editor.waiting'))}
        {amount('handlingMinutes', t('editor.handling'))}
        {amount('fee', t('stepEditor.fee'))}
        {control('emotion', t('stepEditor.emotion'), (id, d) => (
          <Select id={id} value={String(step.emotion)} onChange={(e) => set({ emotion: Number(e.target.value) })} {...d}>
            {emotions.map((v) => (
              <option key={v} value={v}>
                {t(`stepEditor.emotions.${emotionNames[String(v) as keyof typeof emotionNames]}`)}
              </option>
            ))}
          </Select>
        ))}
      </div>
      <div className="step-editor__checks">
        {control('visitRequired', t('stepEditor.visitRequired'), (id, d) => (
          <input id={id} type="checkbox" checked={step.visitRequired} onChange={(e) => set({ visitRequired: e.target.checked })} {...d} />
        ))}
        {control('backstage', t('stepEditor.backstage'), (id, d) => (
          <input id={id} type="checkbox" checked={step.backstage} onChange={(e) => set({ backstage: e.target.checked })} {...d} />
        ))}
      </div>
      <fieldset className="step-editor__documents" aria-invalid={docError ? true : undefined}>
        <legend>{t('stepEditor.documents')}</legend>
        <ul>
          {documents.map((doc) => (
            <li key={doc.id}>
              <label>
                <input
                  type="checkbox"
                  checked={step.documentIds.includes(doc.id)}
                  onChange={(e) =>
                    set({ documentIds: e.target.checked ? [...step.documentIds, doc.id] : step.documentIds.filter((x) => x !== doc.id) })
                  }
                />{' '}
                {pick(doc.name)}
              </label>
            </li>
          ))}
        </ul>
        {docError && <span className="field__error">{t(docError)}</span>}
      </fieldset>
      <fieldset className="step-editor__pains">
        <legend>{t('stepEditor.painPoints')}</legend>
        {step.painPoints.length === 0 && <p>{t('stepEditor.noPainPoints')}</p>}
        {step.painPoints.map((p, i) => (
          <div key={p.id} className="step-editor__pain">
            {control(`painPoints.${i}.text.ar`, t('stepEditor.painAr', { n: i + 1 }), (id, d) => (
              <Input
                id={id}
                dir="rtl"
                lang="ar"
                value={p.text.ar}
                onChange={(e) =>
                  set({ painPoints: step.painPoints.map((x, j) => (j === i ? { ...x, text: { ...x.text, ar: e.target.value } } : x)) })
                }
                {...d}
              />
            ))}
            {control(`painPoints.${i}.text.en`, t('stepEditor.painEn', { n: i + 1 }), (id, d) => (
              <Input
                id={id}
                dir="ltr"
                lang="en"
                value={p.text.en}
                onChange={(e) =>
                  set({ painPoints: step.painPoints.map((x, j) => (j === i ? { ...x, text: { ...x.text, en: e.target.value } } : x)) })
                }
                {...d}
              />
            ))}
            <Button variant="ghost" onClick={() => set({ painPoints: step.painPoints.filter((_, j) => j !== i) })}>
              {t('stepEditor.removePain', { n: i + 1 })}
            </Button>
          </div>
        ))}
        <Button
          variant="secondary"
          onClick={() => set({ painPoints: [...step.painPoints, { id: `pp-${Date.now().toString(36)}`, text: { ar: '', en: '' } }] })}
        >
          {t('stepEditor.addPain')}
        </Button>
      </fieldset>
    </section>
  );
}

import { useEffect, useMemo, useState, type DragEvent, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Field, Input, Select } from '../../design/components/Field.tsx';
import { journeyChannels, type JourneyChannel, type JourneyMap, type JourneyStep } from '../../../workflows/journeys/journey-map.ts';
import { apiErrorInfo } from '../../trpc/error-key.ts';
import { StepEditor } from './StepEditor.tsx';
import { findStep, moveStep, nudgeStep } from './reorder.ts';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useBilingual } from '../../i18n/bilingual.ts';

export interface MapEditorProps {
  journeyId: string;
  map: JourneyMap;
  editable: boolean;
  /** Side by side with another version: stages listed top to bottom, so all of them show in half the width. */
  compact?: boolean;
  /** Entity code new steps start with (the owner). */
  defaultEntity: string;
}

/**
 * Stages as columns, steps as cards. Reorder by dragging, by the move buttons, or with
 * Alt + arrow keys on a focused card; every move is announced to screen readers.
 */
export function MapEditor({ journeyId, map: saved, editable, defaultEntity, compact = false }: MapEditorProps) {
  const { t, i18n } = useTranslation('journeys');
  const pick = useBilingual();
  const trpc = useTRPC();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [map, setMap] = useState(saved);
  const [dirty, setDirty] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState({
    ar: '',
    en: '',
    channel: 'web' as JourneyChannel,
    stage: saved.stages[0]?.id ?? '',
    waiting: '0',
    handling: '5',
  });

  useEffect(() => {
    setMap(saved);
    setDirty(false);
  }, [saved]);

  // Keep keyboard focus on the card that moved.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `map` is the trigger: each move re-renders the card, which must take focus again
  useEffect(() => {
    if (focusId) document.querySelector<HTMLElement>(`[data-step-id="${CSS.escape(focusId)}"]`)?.focus();
  }, [map, focusId]);

  const save = useMutation(
    trpc.journeys.saveMap.mutationOptions({
      // After a refusal, open the first step the server named so its reasons are in view.
      onError: (error, variables) => {
        const errors = stepErrorsOf(error, variables.map as JourneyMap);
        const first = Object.keys(errors)[0];
        if (first !== undefined) setEditing((current) => (current !== null && errors[current] ? current : first));
      },
      onSuccess: async () => {
        setDirty(false);
        setAnnouncement(t('editor.saved'));
        await queryClient.invalidateQueries({ queryKey: trpc.journeys.get.queryKey() });
      },
    }),
  );

  const stepErrors = useMemo(
    () => (save.error && save.variables ? stepErrorsOf(save.error, save.variables.map as JourneyMap) : {}),
    [save.error, save.variables],
  );
  const invalidSteps = Object.keys(stepErrors);

  const editStep = (next: JourneyStep) => {
    setMap({ ...map, stages: map.stages.map((s) => ({ ...s, steps: s.steps.map((x) => (x.id === next.id ? next : x)) })) });
    setDirty(true);
  };
  const closeEditor = () => {
    const id = editing;
    setEditing(null);
    if (id) setTimeout(() => document.querySelector<HTMLElement>(`[data-step-id="${CSS.escape(id)}"]`)?.focus(), 0);
  };
  const editedStep = editing ? map.stages.flatMap((s) => s.steps).find((x) => x.id === editing) : undefined;

  const update = (next: JourneyMap, movedId: string) => {
    setMap(next);
    setDirty(true);
    const place = findStep(next, movedId);
    if (!place) return;
    const stage = next.stages[place.stage]!;
    const step = stage.steps[place.index]!;
    setAnnouncement(
      t('editor.moved', { step: pick(step.title), position: place.index + 1, total: stage.steps.length, stage: pick(stage.title) }),
    );
  };

  const nudge = (stepId: string, by: -1 | 1) => {
    setFocusId(stepId);
    update(nudgeStep(map, stepId, by), stepId);
  };

  // In right-to-left the visual "earlier" is to the right.
  const rtl = i18n.dir() === 'rtl';
  const onCardKey = (event: KeyboardEvent, stepId: string) => {
    if (!editable || !event.altKey) return;
    const earlier = event.key === 'ArrowUp' || event.key === (rtl ? 'ArrowRight' : 'ArrowLeft');
    const later = event.key === 'ArrowDown' || event.key === (rtl ? 'ArrowLeft' : 'ArrowRight');
    if (!earlier && !later) return;
    event.preventDefault();
    nudge(stepId, earlier ? -1 : 1);
  };

  const onDrop = (event: DragEvent, stage: number, index: number) => {
    event.preventDefault();
    const id = dragging ?? event.dataTransfer.getData('text/plain');
    setDragging(null);
    if (id) update(moveStep(map, id, { stage, index }), id);
  };

  const addStep = (event: FormEvent) => {
    event.preventDefault();
    const stageIndex = map.stages.findIndex((s) => s.id === draft.stage);
    if (stageIndex < 0 || !draft.ar.trim() || !draft.en.trim()) return;
    const id = `step-${Date.now().toString(36)}`;
    const step = {
      id,
      title: { ar: draft.ar.trim(), en: draft.en.trim() },
      channel: draft.channel,
      entityId: defaultEntity,
      visitRequired: draft.channel === 'counter' || draft.channel === 'kiosk',
      documentIds: [],
      waitingMinutes: Math.max(0, Number(draft.waiting) || 0),
      handlingMinutes: Math.max(0, Number(draft.handling) || 0),
      fee: 0,
      painPoints: [],
      emotion: 0,
      backstage: false,
      fromStepIds: [],
      addressesStepIds: [],
    };
    const stages = map.stages.map((s, i) => (i === stageIndex ? { ...s, steps: [...s.steps, step] } : s));
    setMap({ ...map, stages });
    setDirty(true);
    setAnnouncement(t('editor.added', { step: pick(step.title), stage: pick(map.stages[stageIndex]!.title) }));
    setDraft({ ...draft, ar: '', en: '' });
  };

  const remove = (stepId: string) => {
    setMap({ ...map, stages: map.stages.map((s) => ({ ...s, steps: s.steps.filter((x) => x.id !== stepId) })) });
    setDirty(true);
  };

  return (
    <div className={compact ? 'journey-map journey-map--compact' : 'journey-map'} data-testid="map-editor" data-version={map.version}>
      <p className="visually-hidden" aria-live="polite" data-testid="map-announcer">
        {announcement}
      </p>
      {/* The comparison only reads both versions; whether a version can be edited is said on its own tab. */}
      {compact ? null : editable ? (
        <p className="journey-map__hint">{t('editor.dragHint')}</p>
      ) : (
        <p className="journey-map__hint">{t('editor.readOnly')}</p>
      )}
      <div className="journey-map__stages">
        {map.stages.map((stage, s) => (
          <section
            key={stage.id}
            className="journey-stage"
            aria-label={`${t('editor.stage')}: ${pick(stage.title)}`}
            onDragOver={(e) => editable && e.preventDefault()}
            onDrop={(e) => editable && onDrop(e, s, stage.steps.length)}
          >
            <h3 className="journey-stage__title">{pick(stage.title)}</h3>
            {stage.steps.length === 0 && <p className="journey-stage__empty">{t('editor.noSteps')}</p>}
            <ol className="journey-stage__steps">
              {stage.steps.map((step, i) => (
                <li
                  key={step.id}
                  className={[
                    'journey-step',
                    step.backstage ? 'journey-step--backstage' : '',
                    stepErrors[step.id] ? 'journey-step--invalid' : '',
                    editing === step.id ? 'journey-step--editing' : '',
                    dragging === step.id ? 'journey-step--dragging' : '',
                  ]
                    .filter(Boolean)
                    .join(' ')}
                  data-step-id={step.id}
                  data-testid="step-card"
                  // biome-ignore lint/a11y/noNoninteractiveTabindex: the card is the keyboard handle for Alt+arrow reordering (the drag-and-drop alternative); it holds its own buttons, so it cannot be a button itself
                  tabIndex={0}
                  aria-keyshortcuts={editable ? 'Alt+ArrowUp Alt+ArrowDown' : undefined}
                  draggable={editable}
                  aria-roledescription="step"
                  onKeyDown={(e) => onCardKey(e, step.id)}
                  onDragStart={(e) => {
                    e.dataTransfer.setData('text/plain', step.id);
                    setDragging(step.id);
                  }}
                  onDragEnd={() => setDragging(null)}
                  onDragOver={(e) => editable && e.preventDefault()}
                  onDrop={(e) => {
                    e.stopPropagation();
                    if (editable) onDrop(e, s, i);
                  }}
                >
                  <div className="journey-step__title">{pick(step.title)}</div>
                  <div className="journey-step__meta">
                    <span>{t(`channels.${step.channel}`)}</span>
                    <span>{step.entityId}</span>
                    {step.visitRequired && <span className="journey-step__tag">{t('editor.visit')}</span>}
                    {step.backstage && <span className="journey-step__tag">{t('editor.backstage')}</span>}
                  </div>
                  <div className="journey-step__meta">
                    <span>
                      {t('editor.minutes', { wait: format.number(step.waitingMinutes), handle: format.number(step.handlingMinutes) })}
                    </span>
                    {step.documentIds.length > 0 && <span>{t('editor.documents', { count: step.documentIds.length })}</span>}
                    {step.painPoints.length > 0 && <span>{t('editor.painPoints', { count: step.painPoints.length })}</span>}
                    <span>{t('editor.emotion', { value: step.emotion })}</span>
                  </div>
                  {stepErrors[step.id] && <div className="journey-step__invalid">{t('stepEditor.hasErrors')}</div>}
                  {editable && (
                    <div className="journey-step__actions">
                      <Button
                        variant="ghost"
                        aria-label={t('stepEditor.edit', { step: pick(step.title) })}
                        aria-expanded={editing === step.id}
                        onClick={() => setEditing(step.id)}
                      >
                        {t('stepEditor.editShort')}
                      </Button>
                      <Button
                        variant="ghost"
                        aria-label={t('editor.moveEarlier', { step: pick(step.title) })}
                        onClick={() => nudge(step.id, -1)}
                      >
                        <span aria-hidden="true">{rtl ? '→' : '←'}</span>
                      </Button>
                      <Button
                        variant="ghost"
                        aria-label={t('editor.moveLater', { step: pick(step.title) })}
                        onClick={() => nudge(step.id, 1)}
                      >
                        <span aria-hidden="true">{rtl ? '←' : '→'}</span>
                      </Button>
                      <Button variant="ghost" aria-label={t('editor.remove', { step: pick(step.title) })} onClick={() => remove(step.id)}>
                        <span aria-hidden="true">×</span>
                      </Button>
                    </div>
                  )}
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
      {editable && editedStep && (
        <StepEditor step={editedStep} errors={stepErrors[editedStep.id] ?? {}} onChange={editStep} onClose={closeEditor} />
      )}
      {editable && (
        <>
          <form className="journey-map__add" onSubmit={addStep} aria-label={t('editor.addStep')}>
            <Field label={t('editor.stage')}>
              {(id) => (
                <Select id={id} value={draft.stage} onChange={(e) => setDraft({ ...draft, stage: e.target.value })}>
                  {map.stages.map((s) => (
                    <option key={s.id} value={s.id}>
                      {pick(s.title)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label={t('editor.stepTitleAr')}>
              {(id) => (
                <Input id={id} dir="rtl" lang="ar" value={draft.ar} onChange={(e) => setDraft({ ...draft, ar: e.target.value })} required />
              )}
            </Field>
            <Field label={t('editor.stepTitleEn')}>
              {(id) => (
                <Input id={id} dir="ltr" lang="en" value={draft.en} onChange={(e) => setDraft({ ...draft, en: e.target.value })} required />
              )}
            </Field>
            <Field label={t('editor.channel')}>
              {(id) => (
                <Select id={id} value={draft.channel} onChange={(e) => setDraft({ ...draft, channel: e.target.value as JourneyChannel })}>
                  {journeyChannels.map((c) => (
                    <option key={c} value={c}>
                      {t(`channels.${c}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label={t('editor.waiting')}>
              {(id) => (
                <Input
                  id={id}
                  type="number"
                  min={0}
                  inputMode="numeric"
                  value={draft.waiting}
                  onChange={(e) => setDraft({ ...draft, waiting: e.target.value })}
                />
              )}
            </Field>
            <Field label={t('editor.handling')}>
              {(id) => (
                <Input
                  id={id}
                  type="number"
                  min={0}
                  inputMode="numeric"
                  value={draft.handling}
                  onChange={(e) => setDraft({ ...draft, handling: e.target.value })}
                />
              )}
            </Field>
            <Button type="submit" variant="secondary">
              {t('editor.add')}
            </Button>
          </form>
          <div className="journey-map__save">
            {dirty && <span className="journey-map__dirty">{t('editor.unsaved')}</span>}
            <Button onClick={() => save.mutate({ id: journeyId, map })} disabled={save.isPending || !dirty}>
              {t('editor.save')}
            </Button>
          </div>
          {invalidSteps.length > 0 ? (
            <div className="error" role="alert" data-testid="map-invalid">
              <p>{t('stepEditor.fixFields', { count: invalidSteps.length })}</p>
            </div>
          ) : (
            <ErrorMessage error={save.error} />
          )}
        </>
      )}
    </div>
  );
}

/** The server's per-field refusals, keyed by the id of the step they were about in the map sent. */
function stepErrorsOf(error: unknown, sent: JourneyMap): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const issue of apiErrorInfo(error).issues) {
    const m = /^stages\.(\d+)\.steps\.(\d+)\.(.+)$/.exec(issue.path);
    const stepId = m ? sent.stages[Number(m[1])]?.steps[Number(m[2])]?.id : undefined;
    if (!m || !stepId || !issue.message.startsWith('stepErrors.')) continue;
    out[stepId] = { ...out[stepId], [m[3]!]: issue.message };
  }
  return out;
}

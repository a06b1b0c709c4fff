import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Field, Input, Select } from '../../design/components/Field.tsx';
import { useSession } from '../../app/session.ts';
import { coordinatedEntities, hasRole } from '../../app/grants.ts';
import { useLocalName } from '../../app/display-name.ts';
import { consultationSubjects, identificationModes } from '../../../workflows/participation/identification.ts';
import { resultsVisibilities } from '../../../workflows/participation/results-visibility.ts';
import type { ManagedConsultation } from './outputs.ts';
import { draftOf, questionsOf, type QuestionDraft } from './question-drafts.ts';
import { QuestionEditor } from './QuestionEditor.tsx';

/** The form's values; the dates as the browser's datetime-local text. */
export interface EditorValues {
  entityId: string | null;
  subjectKind: (typeof consultationSubjects)[number];
  subjectRef: string;
  titleAr: string;
  titleEn: string;
  bodyAr: string;
  bodyEn: string;
  identification: (typeof identificationModes)[number];
  resultsVisibility: (typeof resultsVisibilities)[number];
  commentsEnabled: boolean;
  opensAt: string;
  closesAt: string;
  questions: QuestionDraft[];
}

const localInput = (iso: string) => {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

export function initialValues(existing: ManagedConsultation | undefined, entityId: string | null): EditorValues {
  const now = Date.now();
  return {
    entityId: existing?.entityId ?? entityId,
    subjectKind: existing?.subjectKind ?? 'policy',
    subjectRef: existing?.subjectRef ?? '',
    titleAr: existing?.title.ar ?? '',
    titleEn: existing?.title.en ?? '',
    bodyAr: existing?.body.ar ?? '',
    bodyEn: existing?.body.en ?? '',
    identification: existing?.identification ?? 'anonymous',
    resultsVisibility: existing?.resultsVisibility ?? 'after_close',
    commentsEnabled: existing?.commentsEnabled ?? true,
    opensAt: localInput(existing?.opensAt ?? new Date(now + 86_400_000).toISOString()),
    closesAt: localInput(existing?.closesAt ?? new Date(now + 15 * 86_400_000).toISOString()),
    questions: existing?.questions.map(draftOf) ?? [],
  };
}

/** The API's fields from the form (the dates from local time to ISO). */
export function fieldsOf(v: EditorValues) {
  return {
    subjectKind: v.subjectKind,
    subjectRef: v.subjectRef,
    title: { ar: v.titleAr, en: v.titleEn },
    body: { ar: v.bodyAr, en: v.bodyEn },
    identification: v.identification,
    resultsVisibility: v.resultsVisibility,
    commentsEnabled: v.commentsEnabled,
    questions: questionsOf(v.questions),
    opensAt: new Date(v.opensAt).toISOString(),
    closesAt: new Date(v.closesAt).toISOString(),
  };
}

/** The draft's form: text in either language, settings, dates and questions. */
export function ConsultationEditor({
  initial,
  isNew,
  busy,
  onSubmit,
}: {
  initial: EditorValues;
  isNew: boolean;
  busy: boolean;
  onSubmit(values: EditorValues): void;
}) {
  const { t } = useTranslation('participation');
  const trpc = useTRPC();
  const session = useSession().data;
  const localName = useLocalName();
  const entities = useQuery({ ...trpc.entities.list.queryOptions(), enabled: isNew });
  const [v, setV] = useState(initial);
  const set = (change: Partial<EditorValues>) => setV((old) => ({ ...old, ...change }));
  const isManager = session ? hasRole(session, 'programme_manager') : false;
  const mine = session ? coordinatedEntities(session) : [];
  const choosable = entities.data?.filter((e) => isManager || mine.includes(e.id)) ?? [];
  return (
    <form
      className="stack participate-staff"
      data-testid="consultation-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(v);
      }}
    >
      {isNew && (
        <Field label={t('manage.entity')}>
          {(id) => (
            <Select id={id} value={v.entityId ?? ''} onChange={(e) => set({ entityId: e.target.value === '' ? null : e.target.value })}>
              {isManager && <option value="">{t('manage.programme')}</option>}
              {choosable.map((e) => (
                <option key={e.id} value={e.id}>
                  {localName(e)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      <Field label={t('manage.subjectKind')}>
        {(id) => (
          <Select id={id} value={v.subjectKind} onChange={(e) => set({ subjectKind: e.target.value as EditorValues['subjectKind'] })}>
            {consultationSubjects.map((s) => (
              <option key={s} value={s}>
                {t(`subject.${s}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={t('manage.subjectRef')}>
        {(id) => <Input id={id} value={v.subjectRef} onChange={(e) => set({ subjectRef: e.target.value })} />}
      </Field>
      <p>{t('manage.eitherLanguage')}</p>
      <Field label={t('manage.titleAr')}>
        {(id) => <Input id={id} dir="rtl" value={v.titleAr} onChange={(e) => set({ titleAr: e.target.value })} />}
      </Field>
      <Field label={t('manage.titleEn')}>
        {(id) => <Input id={id} dir="ltr" value={v.titleEn} onChange={(e) => set({ titleEn: e.target.value })} />}
      </Field>
      <Field label={t('manage.bodyAr')}>
        {(id) => <textarea id={id} className="input" dir="rtl" value={v.bodyAr} onChange={(e) => set({ bodyAr: e.target.value })} />}
      </Field>
      <Field label={t('manage.bodyEn')}>
        {(id) => <textarea id={id} className="input" dir="ltr" value={v.bodyEn} onChange={(e) => set({ bodyEn: e.target.value })} />}
      </Field>
      <Field label={t('manage.identification')}>
        {(id) => (
          <Select
            id={id}
            value={v.identification}
            onChange={(e) => set({ identification: e.target.value as EditorValues['identification'] })}
          >
            {identificationModes.map((m) => (
              <option key={m} value={m}>
                {t(`identification.${m}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={t('manage.resultsVisibility')}>
        {(id) => (
          <Select
            id={id}
            value={v.resultsVisibility}
            onChange={(e) => set({ resultsVisibility: e.target.value as EditorValues['resultsVisibility'] })}
          >
            {resultsVisibilities.map((m) => (
              <option key={m} value={m}>
                {t(`resultsVisibility.${m}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <label className="participate__choice">
        <input type="checkbox" checked={v.commentsEnabled} onChange={(e) => set({ commentsEnabled: e.target.checked })} />
        {t('manage.commentsEnabled')}
      </label>
      <Field label={t('manage.opensAt')}>
        {(id) => <Input id={id} type="datetime-local" value={v.opensAt} onChange={(e) => set({ opensAt: e.target.value })} />}
      </Field>
      <Field label={t('manage.closesAt')}>
        {(id) => <Input id={id} type="datetime-local" value={v.closesAt} onChange={(e) => set({ closesAt: e.target.value })} />}
      </Field>
      <QuestionEditor drafts={v.questions} onChange={(questions) => set({ questions })} />
      <Button type="submit" disabled={busy}>
        {isNew ? t('manage.create') : t('manage.save')}
      </Button>
    </form>
  );
}

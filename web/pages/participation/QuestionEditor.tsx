import { useTranslation } from 'react-i18next';
import { Button } from '../../design/components/Button.tsx';
import { Field, Input, Select } from '../../design/components/Field.tsx';
import { questionKinds } from '../../../workflows/participation/poll-questions.ts';
import type { QuestionDraft } from './question-drafts.ts';

/** The poll's questions: kind, bilingual prompt (either language enough), options for choices. */
export function QuestionEditor({ drafts, onChange }: { drafts: QuestionDraft[]; onChange(next: QuestionDraft[]): void }) {
  const { t } = useTranslation('participation');
  const update = (i: number, change: Partial<QuestionDraft>) => onChange(drafts.map((d, j) => (j === i ? { ...d, ...change } : d)));
  const nextId = () => `q${Math.max(0, ...drafts.map((d) => Number(d.id.slice(1)) || 0)) + 1}`;
  return (
    <fieldset>
      <legend>{t('manage.questions')}</legend>
      {drafts.map((d, i) => (
        <fieldset key={d.id} data-testid="question-editor">
          <Field label={t('manage.questionKind')}>
            {(id) => (
              <Select id={id} value={d.kind} onChange={(e) => update(i, { kind: e.target.value as QuestionDraft['kind'] })}>
                {questionKinds.map((k) => (
                  <option key={k} value={k}>
                    {t(`manage.kinds.${k}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t('manage.promptAr')}>
            {(id) => <Input id={id} dir="rtl" value={d.promptAr} onChange={(e) => update(i, { promptAr: e.target.value })} />}
          </Field>
          <Field label={t('manage.promptEn')}>
            {(id) => <Input id={id} dir="ltr" value={d.promptEn} onChange={(e) => update(i, { promptEn: e.target.value })} />}
          </Field>
          {(d.kind === 'single' || d.kind === 'multiple') && (
            <Field label={t('manage.options')}>
              {(id) => (
                <textarea id={id} className="input" value={d.optionLines} onChange={(e) => update(i, { optionLines: e.target.value })} />
              )}
            </Field>
          )}
          <label className="participate__choice">
            <input type="checkbox" checked={d.required} onChange={(e) => update(i, { required: e.target.checked })} />
            {t('manage.required')}
          </label>
          <Button variant="ghost" onClick={() => onChange(drafts.filter((_, j) => j !== i))}>
            {t('manage.removeQuestion')}
          </Button>
        </fieldset>
      ))}
      <Button
        variant="secondary"
        onClick={() =>
          onChange([...drafts, { id: nextId(), kind: 'single', promptAr: '', promptEn: '', optionLines: '', required: false }])
        }
      >
        {t('manage.addQuestion')}
      </Button>
    </fieldset>
  );
}

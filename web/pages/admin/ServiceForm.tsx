import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../design/components/Button.tsx';
import { Input, Select } from '../../design/components/Field.tsx';
import { useBilingual } from '../../i18n/bilingual.ts';
import { journeyChannels, type JourneyChannel } from '../../../workflows/journeys/journey-map.ts';
import type { ServiceDefinition } from '../../../workflows/journeys/service-definition.ts';
import { AdminTextField } from './AdminTextField.tsx';
import { BilingualNameFields } from './BilingualNameFields.tsx';
import { AdminField } from './AdminField.tsx';

export const blankService: ServiceDefinition = {
  code: '',
  name: { ar: '', en: '' },
  ownerEntityCode: '',
  channels: ['counter'],
  steps: [{ title: { ar: '', en: '' }, entityCode: '', channels: ['counter'], standardMinutes: 10 }],
  documentIds: [],
  fees: [],
  kpis: { annualVolume: 0, averageWaitMinutes: 0, averageServiceMinutes: 0, satisfaction: 3, averageCompletionDays: 0 },
  slas: [],
};

interface Reference {
  entities: { code: string; name: { ar: string; en: string } }[];
  documents: { id: string; name: { ar: string; en: string } }[];
}

export interface ServiceFormProps {
  value: ServiceDefinition;
  onChange(next: ServiceDefinition): void;
  reference: Reference;
  fieldError(path: string): string | undefined;
  /** The code of a saved service never changes. */
  codeLocked: boolean;
}

/** Every part of a service as the definition guide lists it, each refusal beside its field. */
export function ServiceForm({ value, onChange, reference, fieldError, codeLocked }: ServiceFormProps) {
  const { t } = useTranslation('registry');
  const pick = useBilingual();
  const set = (patch: Partial<ServiceDefinition>) => onChange({ ...value, ...patch });
  const at = <T,>(list: T[], i: number, item: T) => list.map((x, j) => (j === i ? item : x));

  const text = (path: string, label: string, v: string, dir: 'rtl' | 'ltr', change: (s: string) => void) => (
    <AdminTextField label={label} path={path} value={v} dir={dir} fieldError={fieldError} onChange={change} />
  );
  const num = (path: string, label: string, v: number, change: (n: number) => void) => (
    <AdminField label={label} path={path} error={fieldError(path)}>
      {(id, d) => (
        <Input
          id={id}
          type="number"
          dir="ltr"
          step="any"
          value={Number.isFinite(v) ? v : ''}
          aria-invalid={!!d}
          aria-describedby={d}
          onChange={(e) => change(e.target.valueAsNumber)}
        />
      )}
    </AdminField>
  );
  const entity = (path: string, label: string, v: string, change: (s: string) => void) => (
    <AdminField label={label} path={path} error={fieldError(path)}>
      {(id, d) => (
        <Select id={id} value={v} aria-invalid={!!d} aria-describedby={d} onChange={(e) => change(e.target.value)}>
          <option value="">{t('common.none')}</option>
          {reference.entities.map((e) => (
            <option key={e.code} value={e.code}>
              {pick(e.name)} ({e.code})
            </option>
          ))}
        </Select>
      )}
    </AdminField>
  );
  const channels = (path: string, v: JourneyChannel[], change: (c: JourneyChannel[]) => void): ReactNode => (
    <div className="admin-checks">
      {journeyChannels.map((c) => (
        <label key={c}>
          <input
            type="checkbox"
            checked={v.includes(c)}
            onChange={(e) => change(e.target.checked ? [...v, c] : v.filter((x) => x !== c))}
          />{' '}
          {t(`services.channelNames.${c}`)}
        </label>
      ))}
      {fieldError(path) && (
        <span className="field__error" role="alert" data-testid={`error-${path}`}>
          {fieldError(path)}
        </span>
      )}
    </div>
  );

  return (
    <>
      {text('code', t('common.code'), value.code, 'ltr', (code) => !codeLocked && set({ code }))}
      <BilingualNameFields
        nameAr={value.name.ar}
        nameEn={value.name.en}
        paths={{ ar: 'name.ar', en: 'name.en' }}
        fieldError={fieldError}
        onChange={({ nameAr = value.name.ar, nameEn = value.name.en }) => set({ name: { ar: nameAr, en: nameEn } })}
      />
      {entity('ownerEntityCode', t('services.owner'), value.ownerEntityCode, (ownerEntityCode) => set({ ownerEntityCode }))}
      <fieldset>
        <legend>{t('services.channels')}</legend>
        {channels('channels', value.channels, (c) => set({ channels: c }))}
      </fieldset>

      <fieldset>
        <legend>{t('services.steps')}</legend>
        {fieldError('steps') && <span className="field__error">{fieldError('steps')}</span>}
        {value.steps.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; their order is what the definition stores
          <fieldset key={i} data-testid={`step-${i}`}>
            <legend>{t('services.step', { n: i + 1 })}</legend>
            <div className="registry-form">
              {text(`steps.${i}.title.ar`, t('services.stepTitleAr'), s.title.ar, 'rtl', (ar) =>
                set({ steps: at(value.steps, i, { ...s, title: { ...s.title, ar } }) }),
              )}
              {text(`steps.${i}.title.en`, t('services.stepTitleEn'), s.title.en, 'ltr', (en) =>
                set({ steps: at(value.steps, i, { ...s, title: { ...s.title, en } }) }),
              )}
              {entity(`steps.${i}.entityCode`, t('services.stepEntity'), s.entityCode, (entityCode) =>
                set({ steps: at(value.steps, i, { ...s, entityCode }) }),
              )}
              {num(`steps.${i}.standardMinutes`, t('services.stepMinutes'), s.standardMinutes, (standardMinutes) =>
                set({ steps: at(value.steps, i, { ...s, standardMinutes }) }),
              )}
              <div className="registry-form__wide">
                {channels(`steps.${i}.channels`, s.channels, (c) => set({ steps: at(value.steps, i, { ...s, channels: c }) }))}
              </div>
            </div>
            <Button variant="ghost" onClick={() => set({ steps: value.steps.filter((_, j) => j !== i) })}>
              {t('services.removeRow')}
            </Button>
          </fieldset>
        ))}
        <Button
          variant="secondary"
          onClick={() => set({ steps: [...value.steps, { ...blankService.steps[0]!, title: { ar: '', en: '' } }] })}
        >
          {t('services.addStep')}
        </Button>
      </fieldset>

      <fieldset>
        <legend>{t('services.documents')}</legend>
        <div className="admin-checks">
          {reference.documents.map((d) => (
            <label key={d.id}>
              <input
                type="checkbox"
                checked={value.documentIds.includes(d.id)}
                onChange={(e) =>
                  set({ documentIds: e.target.checked ? [...value.documentIds, d.id] : value.documentIds.filter((x) => x !== d.id) })
                }
              />{' '}
              {pick(d.name)}
            </label>
          ))}
        </div>
        {value.documentIds.map((_, i) =>
          fieldError(`documentIds.${i}`) ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; their order is what the definition stores
            <span key={i} className="field__error" data-testid={`error-documentIds.${i}`}>
              {fieldError(`documentIds.${i}`)}
            </span>
          ) : null,
        )}
      </fieldset>

      <fieldset>
        <legend>{t('services.fees')}</legend>
        {value.fees.map((f, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; their order is what the definition stores
          <div key={i} className="registry-form">
            {text(`fees.${i}.label.ar`, t('services.feeLabelAr'), f.label.ar, 'rtl', (ar) =>
              set({ fees: at(value.fees, i, { ...f, label: { ...f.label, ar } }) }),
            )}
            {text(`fees.${i}.label.en`, t('services.feeLabelEn'), f.label.en, 'ltr', (en) =>
              set({ fees: at(value.fees, i, { ...f, label: { ...f.label, en } }) }),
            )}
            {num(`fees.${i}.amount`, t('services.amount'), f.amount, (amount) => set({ fees: at(value.fees, i, { ...f, amount }) }))}
            {text(`fees.${i}.currency`, t('services.currency'), f.currency, 'ltr', (currency) =>
              set({ fees: at(value.fees, i, { ...f, currency }) }),
            )}
            <Button variant="ghost" onClick={() => set({ fees: value.fees.filter((_, j) => j !== i) })}>
              {t('services.removeRow')}
            </Button>
          </div>
        ))}
        <Button
          variant="secondary"
          onClick={() => set({ fees: [...value.fees, { label: { ar: '', en: '' }, amount: 0, currency: 'QAR' }] })}
        >
          {t('services.addFee')}
        </Button>
      </fieldset>

      <fieldset>
        <legend>{t('services.kpis')}</legend>
        <div className="registry-form">
          {(['annualVolume', 'averageWaitMinutes', 'averageServiceMinutes', 'satisfaction', 'averageCompletionDays'] as const).map((k) => (
            <div key={k}>{num(`kpis.${k}`, t(`services.${k}`), value.kpis[k], (n) => set({ kpis: { ...value.kpis, [k]: n } }))}</div>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('services.slas')}</legend>
        {value.slas.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; their order is what the definition stores
          <div key={i} className="registry-form">
            {entity(`slas.${i}.providerEntityCode`, t('services.provider'), s.providerEntityCode, (providerEntityCode) =>
              set({ slas: at(value.slas, i, { ...s, providerEntityCode }) }),
            )}
            {entity(`slas.${i}.consumerEntityCode`, t('services.consumer'), s.consumerEntityCode, (consumerEntityCode) =>
              set({ slas: at(value.slas, i, { ...s, consumerEntityCode }) }),
            )}
            {text(`slas.${i}.subject.ar`, t('services.subjectAr'), s.subject.ar, 'rtl', (ar) =>
              set({ slas: at(value.slas, i, { ...s, subject: { ...s.subject, ar } }) }),
            )}
            {text(`slas.${i}.subject.en`, t('services.subjectEn'), s.subject.en, 'ltr', (en) =>
              set({ slas: at(value.slas, i, { ...s, subject: { ...s.subject, en } }) }),
            )}
            {num(`slas.${i}.targetHours`, t('services.targetHours'), s.targetHours, (targetHours) =>
              set({ slas: at(value.slas, i, { ...s, targetHours }) }),
            )}
            {num(`slas.${i}.targetPercent`, t('services.targetPercent'), s.targetPercent, (targetPercent) =>
              set({ slas: at(value.slas, i, { ...s, targetPercent }) }),
            )}
            {fieldError(`slas.${i}`) && <span className="field__error">{fieldError(`slas.${i}`)}</span>}
            <Button variant="ghost" onClick={() => set({ slas: value.slas.filter((_, j) => j !== i) })}>
              {t('services.removeRow')}
            </Button>
          </div>
        ))}
        <Button
          variant="secondary"
          onClick={() =>
            set({
              slas: [
                ...value.slas,
                { providerEntityCode: '', consumerEntityCode: '', subject: { ar: '', en: '' }, targetHours: 24, targetPercent: 95 },
              ],
            })
          }
        >
          {t('services.addSla')}
        </Button>
      </fieldset>
    </>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework, FrameworkNode } from '../../../workflows/excellence/framework-schema.ts';
import type { LeafEntry } from '../../../workflows/excellence/leaf-score.ts';
import { useBilingual } from '../../i18n/bilingual.ts';

const steps = Array.from({ length: 21 }, (_, i) => i * 5);
/** The select's value for "not applicable" (a null score); the empty value is "not scored yet". */
const notApplicable = 'na';

/** The method a leaf is scored by (the node's own, else the framework default). */
export function methodOf(fw: Framework, node: FrameworkNode): LeafEntry['method'] {
  return node.method ?? fw.scoring.defaultMethod;
}

export function emptyEntry(fw: Framework, node: FrameworkNode): LeafEntry {
  const method = methodOf(fw, node);
  if (method === 'bands') return { method, score: null };
  if (method === 'attributes')
    // No attribute is scored yet (a null score would mean "not applicable").
    return { method, scores: {} };
  return { method, answers: {} };
}

function bandLabel(fw: Framework, score: number, bilingual: ReturnType<typeof useBilingual>): string {
  const band = [...fw.scoring.bands.bands].reverse().find((b) => score >= b.min);
  return band ? `${score} — ${bilingual(band.label)}` : String(score);
}

/**
 * Edits what an assessor or coordinator enters for one leaf, by its scoring method. It only
 * collects choices: the percent is computed and returned by the API.
 */
export function LeafEntryEditor({
  fw,
  node,
  value,
  onChange,
  disabled,
  scored = true,
}: {
  fw: Framework;
  node: FrameworkNode;
  value: LeafEntry;
  onChange(v: LeafEntry): void;
  disabled?: boolean;
  /** False while nothing was entered for the leaf: a band leaf then reads "not scored yet", not "not applicable". */
  scored?: boolean;
}) {
  const { t } = useTranslation('excellence');
  const bilingual = useBilingual();
  const id = useId();
  // undefined = not scored yet, null = not applicable: two states, two texts.
  const scoreSelect = (label: string, score: number | null | undefined, set: (s: number | null) => void, testId?: string) => (
    <label className="exc-row">
      <span>{label}</span>
      <select
        className="select"
        value={score === undefined ? '' : score === null ? notApplicable : String(score)}
        disabled={disabled}
        data-testid={testId}
        onChange={(e) => {
          if (e.target.value !== '') set(e.target.value === notApplicable ? null : Number(e.target.value));
        }}
      >
        <option value="" disabled>
          {t('selfAssessment.notScored')}
        </option>
        <option value={notApplicable}>{t('selfAssessment.notApplicable')}</option>
        {steps.map((s) => (
          <option key={s} value={s}>
            {bandLabel(fw, s, bilingual)}
          </option>
        ))}
      </select>
    </label>
  );
  if (value.method === 'bands') {
    return scoreSelect(
      `${t('selfAssessment.score')} ${node.code}`,
      scored ? value.score : undefined,
      (score) => onChange({ method: 'bands', score }),
      `score-${node.code}`,
    );
  }
  if (value.method === 'attributes') {
    const attributes = fw.scoring.attributes?.[node.kind] ?? [];
    return (
      <div className="stack" id={id}>
        {attributes.map((a) => (
          <div key={a.code}>
            {scoreSelect(
              `${bilingual(a.name)} (${a.weight}%)`,
              value.scores[a.code],
              (s) => onChange({ method: 'attributes', scores: { ...value.scores, [a.code]: s } }),
              `score-${node.code}-${a.code}`,
            )}
          </div>
        ))}
      </div>
    );
  }
  const answers = ['yes', 'partly', 'no', 'not_applicable'] as const;
  return (
    <div className="stack">
      {(node.items ?? []).map((item) => (
        <label key={item.code} className="exc-row">
          <span>{bilingual(item.text)}</span>
          <select
            className="select"
            disabled={disabled}
            value={value.answers[item.code] ?? ''}
            onChange={(e) =>
              onChange({ method: 'checklist', answers: { ...value.answers, [item.code]: e.target.value as (typeof answers)[number] } })
            }
          >
            <option value="" />
            {answers.map((a) => (
              <option key={a} value={a}>
                {t(`checklist.${a}`)}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  );
}

/** The band descriptions beside the scoring controls. */
export function BandGuide({ fw }: { fw: Framework }) {
  const { t } = useTranslation('excellence');
  const bilingual = useBilingual();
  return (
    <aside className="exc-side" aria-label={t('scoring.bands')}>
      <strong>{t('scoring.bands')}</strong>
      <ul className="exc-tree">
        {fw.scoring.bands.bands.map((b) => (
          <li key={b.min}>
            <span className="exc-band__range">
              {b.min}–{b.max} · {bilingual(b.label)}
            </span>
            <span className="exc-band__desc">{bilingual(b.description)}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}

import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import {
  prioritisationFactors,
  type FactorContribution,
  type PrioritisationFactor,
} from '../../../workflows/journeys/service-prioritisation.ts';

/** The score and its parts as a bar; a button that opens the breakdown below the table. */
export function PriorityScoreButton({
  factors,
  score,
  open,
  onToggle,
  label,
}: {
  factors: Record<PrioritisationFactor, FactorContribution>;
  score: number;
  open: boolean;
  onToggle(): void;
  label: string;
}) {
  const { t } = useTranslation('journeys');
  const format = useFormat();
  return (
    <button type="button" className="priority-score" aria-expanded={open} onClick={onToggle}>
      {/* The name starts with the figure the button shows (WCAG 2.5.3, label in name); the rest is for screen readers. */}
      <strong>{format.share(score)}</strong>
      <span className="visually-hidden"> {t('services.whyOf', { service: label })}</span>
      <span className="priority-bar" aria-hidden="true">
        {prioritisationFactors.map((f) => (
          <span
            key={f}
            className={`priority-bar__part priority-bar__part--${f}`}
            style={{ inlineSize: `${factors[f].contribution * 100}%` }}
          />
        ))}
      </span>
    </button>
  );
}

export interface PriorityBreakdownProps {
  factors: Record<PrioritisationFactor, FactorContribution>;
  ranges: Record<PrioritisationFactor, { min: number; max: number }>;
  score: number;
}

/** One service's score taken apart, every figure as the server computed it. */
export function PriorityBreakdown({ factors, ranges, score }: PriorityBreakdownProps) {
  const { t } = useTranslation('journeys');
  const format = useFormat();
  const n = (v: number, digits = 2) => format.score(v, digits);
  const pct = (v: number) => format.share(v);
  return (
    <div className="table-wrap priority-breakdown">
      <table className="priority-breakdown__table">
        <caption className="visually-hidden">{t('services.why')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('services.factor')}</th>
            <th scope="col">{t('services.raw')}</th>
            <th scope="col">{t('services.normalised')}</th>
            <th scope="col">{t('services.share')}</th>
            <th scope="col">{t('services.contribution')}</th>
          </tr>
        </thead>
        <tbody>
          {prioritisationFactors.map((f) => (
            <tr key={f}>
              <th scope="row">
                <span className={`priority-swatch priority-bar__part--${f}`} aria-hidden="true" /> {t(`services.${f}`)}
              </th>
              <td className="num">{n(factors[f].raw)}</td>
              <td
                className="num"
                title={t('services.normalisedHow', { raw: n(factors[f].raw), min: n(ranges[f].min), max: n(ranges[f].max) })}
              >
                {n(factors[f].normalised)}
              </td>
              <td className="num">{pct(factors[f].weight)}</td>
              <td className="num">{pct(factors[f].contribution)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              {t('services.score')}
            </th>
            <td className="num">
              <strong>{pct(score)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

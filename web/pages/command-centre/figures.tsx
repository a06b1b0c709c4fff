import { useTranslation } from 'react-i18next';
import type { WindowFigures } from '../../../workflows/command-centre/metrics.ts';
import { useFormat } from '../../i18n/format.ts';

export const shownMetrics = ['served', 'average_wait', 'average_service', 'efficiency', 'abandoned', 'satisfaction'] as const;
export type ShownMetric = (typeof shownMetrics)[number];

/** One figure as the board shows it: minutes with their plural, shares as percentages, a dash for nothing. */
export function useFigureText() {
  const { t } = useTranslation('commandCentre');
  const format = useFormat();
  return (metric: ShownMetric, f: WindowFigures): string => {
    const minutes = (v: number | null) =>
      v === null ? t('unit.none') : t('unit.minutes', { count: Math.round(v), value: format.score(v) });
    const share = (v: number | null) => (v === null ? t('unit.none') : t('unit.percent', { value: format.share(v) }));
    switch (metric) {
      case 'served':
        return format.number(f.served);
      case 'abandoned':
        return format.number(f.abandoned);
      case 'average_wait':
        return minutes(f.averageWaitMinutes);
      case 'average_service':
        return minutes(f.averageServiceMinutes);
      case 'efficiency':
        return share(f.efficiency);
      case 'satisfaction':
        return share(f.satisfaction);
    }
  };
}

/** The six figures of one window as a row of tiles (the board's and the wallboard's). */
export function FigureTiles({ figures, large = false, testId }: { figures: WindowFigures; large?: boolean; testId?: string }) {
  const { t } = useTranslation('commandCentre');
  const text = useFigureText();
  return (
    <dl className={large ? 'cc-tiles cc-tiles--large' : 'cc-tiles'} data-testid={testId}>
      {shownMetrics.map((m) => (
        <div key={m} className="cc-tile" data-metric={m}>
          <dt>{t(`metric.${m}`)}</dt>
          <dd>{text(m, figures)}</dd>
        </div>
      ))}
    </dl>
  );
}

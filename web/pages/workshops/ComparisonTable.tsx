import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { BundleComparison } from '../../../workflows/bundles/bundle-metrics.ts';

const figures = ['services', 'steps', 'documents', 'visits', 'days', 'fees'] as const;

/** Before/after figures exactly as the API computed them. */
export function ComparisonTable({ comparison }: { comparison: BundleComparison }) {
  const { t } = useTranslation('bundles');
  const format = useFormat();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="comparison">
        <thead>
          <tr>
            <th />
            <th className="num">{t('detail.baseline')}</th>
            <th className="num">{t('detail.target')}</th>
            <th className="num">{t('detail.change')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => {
            const c = comparison[f];
            return (
              <tr key={f} data-figure={f}>
                <th scope="row">{t(`figure.${f}`)}</th>
                <td className="num" data-label={t('detail.baseline')}>
                  {format.number(c.baseline)}
                </td>
                <td className="num" data-label={t('detail.target')}>
                  {format.number(c.target)}
                </td>
                <td className="num" data-label={t('detail.change')}>
                  <bdi dir="ltr">{format.number(c.difference)}</bdi>
                  {c.reduction !== null && c.reduction > 0 && <small className="muted"> (−{format.share(c.reduction, 0)}%)</small>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

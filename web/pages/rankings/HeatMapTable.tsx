import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { useBilingual } from '../../i18n/bilingual.ts';
import { Code } from '../../design/components/Code.tsx';

export interface HeatMapData {
  entityIds: string[];
  criterionCodes: string[];
  cells: (number | null)[][];
  /** Criterion names by code, shown on hover over the code (a name does not fit a heat-map column). */
  criterionNames?: Record<string, { ar: string; en: string }>;
}

/** Shares 0..1 from the server, shaded from light to dark; empty cells say "not assessed". */
export function HeatMapTable({ data, nameOf }: { data: HeatMapData; nameOf: (id: string) => string }) {
  const { t } = useTranslation('improvement');
  const format = useFormat();
  const pick = useBilingual();
  return (
    <div className="improvement__heat">
      <table data-testid="heat-map">
        <caption className="visually-hidden">{t('rankings.heatMap')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rankings.entity')}</th>
            {data.criterionCodes.map((c) => (
              <th key={c} scope="col">
                <Code title={data.criterionNames?.[c] ? pick(data.criterionNames[c]) : undefined}>{c}</Code>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.entityIds.map((e, i) => (
            <tr key={e}>
              <th scope="row">{nameOf(e)}</th>
              {data.criterionCodes.map((c, j) => {
                const share = data.cells[i]?.[j] ?? null;
                return share === null ? (
                  <td key={c} title={t('rankings.notAssessed')}>
                    —
                  </td>
                ) : (
                  <td key={c} style={{ background: `hsl(${Math.round(share * 120)} 55% ${92 - Math.round(share * 35)}%)` }}>
                    {format.share(share, 0)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

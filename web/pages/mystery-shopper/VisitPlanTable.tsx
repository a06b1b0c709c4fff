import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../i18n/bilingual.ts';
import { useBilingual } from '../../i18n/bilingual.ts';
import { useFormat } from '../../i18n/format.ts';
import { stateLabel } from '../../i18n/workflow-labels.ts';

export interface PlannedVisit {
  id: string;
  centre: Bilingual;
  channel: string;
  shopper: Bilingual;
  plannedOn: string;
  state: string;
}

/**
 * A period's visits, one row each (centre, channel, shopper, day, state), as the programme page
 * and the period's setup page show them; the setup page adds a column of its own per visit.
 */
export function VisitPlanTable({
  visits,
  testId,
  action,
}: {
  visits: readonly PlannedVisit[];
  testId: string;
  action?: { header: string; cell: (visit: PlannedVisit) => ReactNode };
}) {
  const { t } = useTranslation('mysteryShopper');
  const { t: tw } = useTranslation('workflows');
  const pick = useBilingual();
  const format = useFormat();
  return (
    <table className="table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('programme.centre')}</th>
          <th scope="col">{t('programme.channel')}</th>
          <th scope="col">{t('programme.shopper')}</th>
          <th scope="col">{t('programme.date')}</th>
          <th scope="col">{t('programme.state')}</th>
          {action && (
            <th scope="col">
              <span className="visually-hidden">{action.header}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {visits.map((v) => (
          <tr key={v.id} data-visit={v.id}>
            <th scope="row">
              <Link to={`/mystery-shopper/visits/${v.id}`}>{pick(v.centre)}</Link>
            </th>
            <td>{t(`channels.${v.channel}`)}</td>
            <td data-testid="visit-shopper">{pick(v.shopper)}</td>
            <td>{format.date(`${v.plannedOn}T12:00:00Z`)}</td>
            <td>{stateLabel(tw, 'mystery_shopper_visit', v.state)}</td>
            {action && <td>{action.cell(v)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

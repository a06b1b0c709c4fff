import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Table } from '../../design/components/Table.tsx';
import { useFormat } from '../../i18n/format.ts';
import { journeyMetricKeys } from '../../../workflows/journeys/journey-metrics.ts';
import type { JourneyMapVersion } from '../../../workflows/journeys/journey-map.ts';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { MapEditor } from './MapEditor.tsx';
import type { JourneyMap } from '../../../workflows/journeys/journey-map.ts';
import { useBilingual } from '../../i18n/bilingual.ts';

/** Two versions side by side with the per-metric savings the server's diff computed. */
export function VersionCompare({
  journeyId,
  from,
  to,
  maps,
  defaultEntity,
}: {
  journeyId: string;
  from: JourneyMapVersion;
  to: JourneyMapVersion;
  maps: Partial<Record<JourneyMapVersion, JourneyMap>>;
  defaultEntity: string;
}) {
  const { t } = useTranslation('journeys');
  const pick = useBilingual();
  const trpc = useTRPC();
  const format = useFormat();
  const diff = useQuery(trpc.journeys.diff.queryOptions({ id: journeyId, from, to }));
  const a = maps[from];
  const b = maps[to];
  if (!a || !b) return <p>{t('compare.needsToBe')}</p>;
  const titles = new Map([...a.stages, ...b.stages].flatMap((s) => s.steps).map((s) => [s.id, pick(s.title)]));
  return (
    <div className="stack" data-testid="version-compare">
      <ErrorMessage error={diff.error} />
      {diff.data && (
        <Table
          caption={t('compare.title')}
          testId="compare-metrics"
          rows={journeyMetricKeys.map((k) => ({
            k,
            before: diff.data.totals.before[k],
            after: diff.data.totals.after[k],
            saved: diff.data.totals.saved[k],
          }))}
          rowKey={(r) => r.k}
          columns={[
            { key: 'metric', header: t('compare.metric'), cell: (r) => t(`metrics.${r.k}`) },
            { key: 'before', header: t(`versions.${from}`), numeric: true, cell: (r) => format.number(r.before) },
            { key: 'after', header: t(`versions.${to}`), numeric: true, cell: (r) => format.number(r.after) },
            {
              key: 'saved',
              header: t('compare.delta'),
              numeric: true,
              cell: (r) => (
                <span className={r.saved > 0 ? 'delta delta--good' : r.saved < 0 ? 'delta delta--bad' : 'delta'}>
                  {format.number(r.saved)}
                </span>
              ),
            },
          ]}
        />
      )}
      {diff.data && (
        <Table
          caption={t('compare.changes')}
          rows={diff.data.changes.filter((c) => c.kind !== 'unchanged')}
          rowKey={(c) => c.key}
          columns={[
            { key: 'kind', header: t('compare.changes'), cell: (c) => t(`compare.kind.${c.kind}`) },
            { key: 'from', header: t(`versions.${from}`), cell: (c) => c.fromStepIds.map((id) => titles.get(id) ?? id).join(' + ') },
            { key: 'to', header: t(`versions.${to}`), cell: (c) => c.toStepIds.map((id) => titles.get(id) ?? id).join(' + ') },
            { key: 'min', header: t('metrics.totalMinutes'), numeric: true, cell: (c) => format.number(c.saved.totalMinutes) },
            { key: 'visits', header: t('metrics.visits'), numeric: true, cell: (c) => format.number(c.saved.visits) },
            { key: 'docs', header: t('metrics.documentRequests'), numeric: true, cell: (c) => format.number(c.saved.documentRequests) },
          ]}
        />
      )}
      <div className="compare-side">
        <div>
          <h3>{t(`versions.${from}`)}</h3>
          <MapEditor journeyId={journeyId} map={a} editable={false} compact defaultEntity={defaultEntity} />
        </div>
        <div>
          <h3>{t(`versions.${to}`)}</h3>
          <MapEditor journeyId={journeyId} map={b} editable={false} compact defaultEntity={defaultEntity} />
        </div>
      </div>
    </div>
  );
}

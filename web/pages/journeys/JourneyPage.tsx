import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { Field, Input } from '../../design/components/Field.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useEntityNames } from '../../app/entity-names.ts';
import { useFormat } from '../../i18n/format.ts';
import type { JourneyMap, JourneyMapVersion } from '../../../workflows/journeys/journey-map.ts';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { MapEditor } from './MapEditor.tsx';
import { journeyMapSvg } from './map-image.ts';
import { downloadSvg } from '../../design/columns-image.ts';
import { defaultLocale, isLocale } from '../../i18n/locale.ts';
import { ParetoChart } from './ParetoChart.tsx';
import { VersionCompare } from './VersionCompare.tsx';
import { AnalysisPanel } from './AnalysisPanel.tsx';
import { tracePath } from './trace-path.ts';
import { useBilingual } from '../../i18n/bilingual.ts';
import { stateLabel } from '../../i18n/workflow-labels.ts';
import './journeys.css';

type Tab = 'map' | 'compare' | 'pareto' | 'analysis' | 'gaps';
const tabs: Tab[] = ['map', 'compare', 'pareto', 'analysis', 'gaps'];

/** The version the current phase edits; null when no map is edited in this phase. */
function editedVersion(phase: string): JourneyMapVersion | null {
  if (phase === 'as_is_mapping') return 'as_is';
  if (phase === 'to_be_design') return 'to_be';
  if (phase === 'implementation') return 'post_implementation';
  return null;
}

export function JourneyPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('journeys');
  const pick = useBilingual();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const format = useFormat();
  const entityName = useEntityNames();
  const [tab, setTab] = useState<Tab>('map');
  const [period, setPeriod] = useState({ from: '2026-09-01', to: '2026-09-30' });
  const view = useQuery(trpc.journeys.get.queryOptions({ id }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.journeys.get.queryKey({ id }) });
  const send = useMutation(trpc.journeys.send.mutationOptions({ onSuccess: refresh }));
  const measure = useMutation(trpc.journeys.measure.mutationOptions({ onSuccess: refresh }));
  const gaps = useMutation(trpc.journeys.computeGaps.mutationOptions({ onSuccess: refresh }));
  const phase = view.data?.journey.phase;
  const improvement = useQuery({
    ...trpc.journeys.improvement.queryOptions({ id }),
    enabled: phase === 're_measured' || phase === 'closed',
  });

  if (view.error) return <ErrorMessage error={view.error} />;
  if (!view.data) return <p aria-busy="true">…</p>;
  const { journey, maps, canDrive, availableEvents } = view.data;
  const byVersion = Object.fromEntries(maps.map((m) => [m.version, m.map])) as Partial<Record<JourneyMapVersion, JourneyMap>>;
  const edited = editedVersion(journey.phase);
  const shown = (edited && byVersion[edited] ? edited : maps[maps.length - 1]?.version) ?? null;
  const shownMap = shown ? byVersion[shown] : undefined;
  const ownerCode = journey.entityId.replace(/^ent-/, '').toUpperCase();
  const measurePurpose = journey.phase === 'as_is_mapping' ? 'baseline' : journey.phase === 'implementation' ? 'remeasurement' : null;

  return (
    <div className="stack journey-page">
      <PageHeader
        title={pick(journey.title)}
        subtitle={`${t('detail.entity')}: ${entityName(journey.entityId)}`}
        actions={<StatusPill tone="info">{stateLabel(t, 'journey_reengineering', journey.phase)}</StatusPill>}
      />
      {!canDrive && <p>{t('detail.readOnly')}</p>}
      {canDrive && (
        <div className="journey-actions">
          {availableEvents.map((type) => (
            <Button key={type} variant="secondary" onClick={() => send.mutate({ id: journey.id, type })} disabled={send.isPending}>
              {t(`events.${type}`)}
            </Button>
          ))}
          {journey.phase === 'to_be_design' && (
            <Button onClick={() => gaps.mutate({ id: journey.id })} disabled={gaps.isPending}>
              {t('detail.computeGaps')}
            </Button>
          )}
          {measurePurpose && (
            <form
              className="journey-measure"
              onSubmit={(e) => {
                e.preventDefault();
                measure.mutate({ id: journey.id, purpose: measurePurpose, period, method: 'map_and_cx_data' });
              }}
            >
              <Field label={t('detail.periodFrom')}>
                {(fid) => (
                  <Input id={fid} type="date" value={period.from} onChange={(e) => setPeriod({ ...period, from: e.target.value })} />
                )}
              </Field>
              <Field label={t('detail.periodTo')}>
                {(fid) => <Input id={fid} type="date" value={period.to} onChange={(e) => setPeriod({ ...period, to: e.target.value })} />}
              </Field>
              <Button type="submit" disabled={measure.isPending}>
                {measurePurpose === 'baseline' ? t('detail.measureBaseline') : t('detail.remeasure')}
              </Button>
            </form>
          )}
        </div>
      )}
      <ErrorMessage error={send.error ?? measure.error ?? gaps.error} />
      {gaps.data && <p role="status">{t('detail.gapsComputed', { count: gaps.data.gapCount })}</p>}

      <div role="tablist" className="journey-tabs" aria-label={pick(journey.title)}>
        {tabs.map((k) => (
          <button
            key={k}
            role="tab"
            type="button"
            aria-selected={tab === k}
            className={tab === k ? 'journey-tab journey-tab--active' : 'journey-tab'}
            onClick={() => setTab(k)}
          >
            {t(`tabs.${k}`)}
          </button>
        ))}
      </div>

      <div role="tabpanel">
        {tab === 'map' &&
          (shown && shownMap ? (
            <Card
              title={t('editor.title', { version: t(`versions.${shown}`) })}
              subtitle={maps.find((m) => m.version === shown)?.frozenAt ? t('detail.frozen') : t('detail.editable')}
              actions={
                <Button
                  variant="ghost"
                  data-testid="map-image"
                  onClick={() => {
                    const locale = isLocale(i18n.language) ? i18n.language : defaultLocale;
                    const svg = journeyMapSvg(shownMap, locale, {
                      heading: t('editor.title', { version: t(`versions.${shown}`) }),
                      channel: (c) => t(`channels.${c}`),
                      minutes: (wait, handle) => t('editor.minutes', { wait: format.number(wait), handle: format.number(handle) }),
                    });
                    downloadSvg(svg, `journey-${journey.id}-${shown}-${locale}.svg`);
                  }}
                >
                  {t('editor.downloadImage')}
                </Button>
              }
            >
              <MapEditor journeyId={journey.id} map={shownMap} editable={canDrive && shown === edited} defaultEntity={ownerCode} />
            </Card>
          ) : (
            <p>{t('editor.noSteps')}</p>
          ))}
        {tab === 'compare' && (
          <VersionCompare
            journeyId={journey.id}
            from="as_is"
            to={byVersion.post_implementation ? 'post_implementation' : 'to_be'}
            maps={byVersion}
            defaultEntity={ownerCode}
          />
        )}
        {tab === 'pareto' && (
          <Card title={t('pareto.title')}>
            <ParetoChart rows={view.data.pareto} />
          </Card>
        )}
        {tab === 'analysis' && (
          <AnalysisPanel
            journeyId={journey.id}
            phase={journey.phase}
            canDrive={canDrive}
            asIs={byVersion.as_is}
            rootCauses={view.data.rootCauses}
            opportunities={view.data.opportunities}
            categories={view.data.pareto.map((p) => p.category)}
            gaps={view.data.gaps}
            plan={view.data.plan}
          />
        )}
        {tab === 'gaps' && (
          <div className="stack">
            <Card title={t('gaps.title')}>
              {view.data.gaps.length === 0 ? (
                <p>{t('gaps.none')}</p>
              ) : (
                <Table
                  rows={view.data.gaps}
                  rowKey={(g) => g.id}
                  columns={[
                    {
                      key: 'code',
                      header: t('gaps.code'),
                      cell: (g) => (
                        <Link to={tracePath(journey.id, 'gap', g.id)} dir="ltr">
                          {g.code}
                        </Link>
                      ),
                    },
                    { key: 'change', header: t('gaps.change'), cell: (g) => t(`compare.kind.${g.change.kind}`) },
                    {
                      key: 'min',
                      header: t('metrics.totalMinutes'),
                      numeric: true,
                      cell: (g) => format.number(g.change.saved.totalMinutes),
                    },
                    { key: 'sev', header: t('gaps.severity'), cell: (g) => g.severity },
                    { key: 'status', header: t('gaps.status'), cell: (g) => g.status },
                  ]}
                />
              )}
            </Card>
            {improvement.data && (
              <Card
                title={t('improvement.title')}
                subtitle={
                  improvement.data.comparable
                    ? undefined
                    : t('improvement.notComparable', {
                        issues: improvement.data.issues.map((i) => t(`improvement.issues.${i}`)).join('، '),
                      })
                }
              >
                <Table
                  testId="improvement-table"
                  rows={improvement.data.metrics}
                  rowKey={(m) => m.metric}
                  columns={[
                    { key: 'metric', header: t('compare.metric'), cell: (m) => t(`metrics.${m.metric}`) },
                    {
                      key: 'baseline',
                      header: t('improvement.baseline'),
                      numeric: true,
                      cell: (m) => (m.baseline === null ? '—' : format.score(m.baseline, 2)),
                    },
                    {
                      key: 'promised',
                      header: t('improvement.promised'),
                      numeric: true,
                      cell: (m) => (m.promised === null ? '—' : format.score(m.promised, 2)),
                    },
                    {
                      key: 'achieved',
                      header: t('improvement.achieved'),
                      numeric: true,
                      cell: (m) => (m.achieved === null ? '—' : format.score(m.achieved, 2)),
                    },
                    {
                      key: 'attainment',
                      header: t('improvement.attainment'),
                      numeric: true,
                      cell: (m) => (m.attainment === null ? '—' : `${format.share(m.attainment, 0)}%`),
                    },
                    { key: 'status', header: t('improvement.status'), cell: (m) => t(`improvement.statuses.${m.status}`) },
                  ]}
                />
              </Card>
            )}
            {view.data.plan.length > 0 && (
              <Card title={t('gaps.plan')}>
                <Table
                  rows={view.data.plan}
                  rowKey={(p) => p.id}
                  columns={[
                    {
                      key: 'title',
                      header: t('gaps.action'),
                      cell: (p) => <Link to={tracePath(journey.id, 'action', p.id)}>{p.title}</Link>,
                    },
                    { key: 'milestone', header: t('gaps.milestone'), cell: (p) => p.milestone },
                    { key: 'due', header: t('gaps.due'), cell: (p) => format.date(p.due_date) },
                    { key: 'status', header: t('gaps.status'), cell: (p) => p.status ?? '' },
                  ]}
                />
              </Card>
            )}
          </div>
        )}
      </div>
    </div>
  );
}

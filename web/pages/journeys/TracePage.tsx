import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { useBilingual } from '../../i18n/bilingual.ts';
import { useFormat } from '../../i18n/format.ts';
import { traceNodeTypes, type TraceNodeType } from '../../../workflows/journeys/traceability.ts';
import { tracePath } from './trace-path.ts';
import './trace-page.css';

const isNodeType = (v: string | null): v is TraceNodeType => traceNodeTypes.includes(v as TraceNodeType);

/**
 * The whole chain complaint → root cause → step → change → gap → action → result through one
 * node, on one page, as the server walked it both ways.
 */
export function TracePage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation('journeys');
  const { t: ti } = useTranslation('improvement');
  const pick = useBilingual();
  const format = useFormat();
  const trpc = useTRPC();
  const type = params.get('type');
  const node = params.get('node') ?? '';
  const start = isNodeType(type) ? { type, id: node } : { type: 'step' as const, id: node };
  const journey = useQuery(trpc.journeys.get.queryOptions({ id }));
  const trace = useQuery({ ...trpc.journeys.trace.queryOptions({ id, node: start }), enabled: node !== '' });

  const error = journey.error ?? trace.error;
  if (error) return <ErrorMessage error={error} />;
  if (!journey.data || !trace.data) return <p aria-busy="true">…</p>;
  const journeyId = journey.data.journey.id;
  const detailOf = (nodeType: TraceNodeType, nodeId: string) => trace.data.details[`${nodeType}|${nodeId}`];

  /** A node as a reader knows it: a complaint's number, a gap's or action's code, else its title. */
  const nameOf = (nodeType: TraceNodeType, nodeId: string) => {
    const d = detailOf(nodeType, nodeId);
    if (nodeType === 'complaint') return `#${nodeId}`;
    if ((nodeType === 'gap' || nodeType === 'action') && d?.code) return d.code;
    return pick(d?.title) || nodeId;
  };
  const noteOf = (nodeType: TraceNodeType, nodeId: string) => {
    const d = detailOf(nodeType, nodeId);
    if (!d) return '';
    if (nodeType === 'complaint') return [pick(d.title), d.date ? format.date(d.date) : ''].filter(Boolean).join(' · ');
    if (nodeType === 'change' || nodeType === 'result') return t(`compare.kind.${d.kind}`, { defaultValue: d.kind });
    if (nodeType === 'gap') return [pick(d.title), ti(`gapStatus.${d.kind}`, { defaultValue: d.kind })].join(' · ');
    if (nodeType === 'action')
      return [pick(d.title), ti(`actionStatus.${d.kind}`, { defaultValue: d.kind }), d.date ? format.date(d.date) : '']
        .filter(Boolean)
        .join(' · ');
    return '';
  };

  return (
    <div className="stack trace-page">
      <PageHeader
        title={t('trace.page', { journey: pick(journey.data.journey.title) })}
        subtitle={`${t('trace.from')}: ${t(`trace.types.${start.type}`)} — ${nameOf(start.type, start.id)}`}
        actions={<Link to={`/journeys/${encodeURIComponent(journeyId)}`}>{t('trace.back')}</Link>}
      />
      <p>{t('trace.intro')}</p>
      <ol className="trace-page__chain" data-testid="trace-page">
        {traceNodeTypes.map((nodeType) => (
          <li key={nodeType} className="trace-page__link" data-type={nodeType}>
            <h2 className="trace-page__type">{t(`trace.types.${nodeType}`)}</h2>
            {trace.data.nodes[nodeType].length === 0 ? (
              <p className="trace-page__none">{t('trace.none')}</p>
            ) : (
              <ul>
                {trace.data.nodes[nodeType].map((nodeId) => {
                  const current = nodeType === start.type && nodeId === start.id;
                  const note = noteOf(nodeType, nodeId);
                  return (
                    <li key={nodeId} className={current ? 'trace-page__node trace-page__node--start' : 'trace-page__node'}>
                      <Link to={tracePath(journeyId, nodeType, nodeId)} aria-current={current ? 'page' : undefined}>
                        {nameOf(nodeType, nodeId)}
                      </Link>
                      {note && <span className="trace-page__note">{note}</span>}
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

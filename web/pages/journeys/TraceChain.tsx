import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { tracePath } from './trace-path.ts';
import { useTRPC } from '../../trpc/client.ts';
import { traceNodeTypes, type TraceNodeType } from '../../../workflows/journeys/traceability.ts';

/**
 * The chain complaint → root cause → step → to-be change → gap → action → result
 * through one node, as the server walked it both ways.
 */
export function TraceChain({
  journeyId,
  node,
  label,
}: {
  journeyId: string;
  node: { type: TraceNodeType; id: string };
  label: (type: TraceNodeType, id: string) => string;
}) {
  const { t } = useTranslation('journeys');
  const trpc = useTRPC();
  const trace = useQuery(trpc.journeys.trace.queryOptions({ id: journeyId, node }));
  if (!trace.data) return null;
  return (
    <>
      <ol className="trace" aria-label={t('trace.title')} data-testid="trace-chain">
        {traceNodeTypes.map((type) => (
          <li key={type} className={trace.data.nodes[type].length === 0 ? 'trace__link trace__link--empty' : 'trace__link'}>
            <span className="trace__type">{t(`trace.types.${type}`)}</span>
            <span>{trace.data.nodes[type].length === 0 ? '—' : trace.data.nodes[type].map((id) => label(type, id)).join('، ')}</span>
          </li>
        ))}
      </ol>
      <Link to={tracePath(journeyId, node.type, node.id)}>{t('trace.open')}</Link>
    </>
  );
}

import { stateLabel } from '../../i18n/workflow-labels.ts';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Card } from '../../design/components/Card.tsx';
import { StatusPill, type Tone } from '../../design/components/StatusPill.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useBilingual } from '../../i18n/bilingual.ts';
import { HomeCardBody } from '../home/HomeCardBody.tsx';
import { useOutboxSync } from './use-outbox-sync.ts';

const tones: Record<string, Tone> = {
  assigned: 'warning',
  returned: 'warning',
  submitted: 'neutral',
  accepted: 'success',
  cancelled: 'neutral',
};

/** A mystery shopper's home: the visits assigned to them, soonest first, and what waits on this phone to be sent. */
export function ShopperHome() {
  const { t } = useTranslation('mysteryShopper');
  const trpc = useTRPC();
  const format = useFormat();
  const pick = useBilingual();
  const queued = useOutboxSync();
  const visits = useQuery(trpc.mysteryShopper.visits.mine.queryOptions());
  return (
    <Card title={t('home.title')} className="home__wide">
      <HomeCardBody query={visits} empty={t('home.empty')} isEmpty={(d) => d.length === 0}>
        {(data) => (
          <ul className="home__list" data-testid="shopper-visits">
            {data.map((v) => (
              <li key={v.id} data-visit={v.id} data-state={v.state}>
                <span className="home__item">
                  <Link to={`/mystery-shopper/visits/${v.id}`}>{pick(v.centre)}</Link>
                  <span className="muted home__meta">
                    {t(`channels.${v.channel}`)} · {pick(v.service)} ·{' '}
                    {t('home.plannedOn', { date: format.date(`${v.plannedOn}T12:00:00Z`) })}
                    {queued.includes(v.id) ? ` · ${t('home.waitingToSend')}` : ''}
                  </span>
                </span>
                <StatusPill tone={tones[v.state] ?? 'neutral'}>{stateLabel(t, 'mystery_shopper_visit', v.state)}</StatusPill>
              </li>
            ))}
          </ul>
        )}
      </HomeCardBody>
    </Card>
  );
}

import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc/client.ts';
import { Button } from '../../../design/components/Button.tsx';
import { Card } from '../../../design/components/Card.tsx';
import { ConfirmInline } from '../../../design/components/ConfirmInline.tsx';
import { ErrorMessage } from '../../../design/components/ErrorMessage.tsx';
import { PageHeader } from '../../../design/components/PageHeader.tsx';
import { useBilingual } from '../../../i18n/bilingual.ts';
import { useFormat } from '../../../i18n/format.ts';
import { stateLabel } from '../../../i18n/workflow-labels.ts';
import { useLocalName } from '../../../app/display-name.ts';
import { SetupNav } from './SetupNav.tsx';
import { QuotaEditor } from './QuotaEditor.tsx';
import { VisitChangeForm } from './VisitChangeForm.tsx';

/** One period: its quotas until the plan is generated, then the plan, edited visit by visit. */
export function PeriodPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('mysteryShopper');
  const { t: tw } = useTranslation('workflows');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pick = useBilingual();
  const localName = useLocalName();
  const format = useFormat();
  const period = useQuery(trpc.mysteryShopper.periods.get.queryOptions({ id }));
  const [changing, setChanging] = useState<string | null>(null);
  const generate = useMutation(trpc.mysteryShopper.periods.generate.mutationOptions({ onSuccess: () => queryClient.invalidateQueries() }));
  const day = (d: string) => format.date(`${d}T12:00:00Z`);
  const p = period.data;
  const visit = p?.visits.find((v) => v.id === changing);

  return (
    <div className="stack">
      <PageHeader title={p ? localName(p) : t('programme.period')} subtitle={p ? `${day(p.startsOn)} – ${day(p.endsOn)}` : undefined} />
      <SetupNav />
      <ErrorMessage error={period.error} />
      {p && !p.planned && (
        <>
          <QuotaEditor key={p.id} periodId={p.id} saved={p.quotas} />
          <div>
            <ConfirmInline
              label={t('programme.generate')}
              question={t('programme.confirmGenerate')}
              disabled={generate.isPending}
              testId="generate-plan"
              onConfirm={() => generate.mutate({ id: p.id })}
            />
          </div>
          <ErrorMessage error={generate.error} />
        </>
      )}
      {generate.data && <p role="status">{t('setup.periods.generated', { count: generate.data.visits })}</p>}
      {p?.planned && (
        <Card title={t('setup.periods.plan')}>
          <table className="table" data-testid="period-plan">
            <thead>
              <tr>
                <th scope="col">{t('programme.centre')}</th>
                <th scope="col">{t('programme.channel')}</th>
                <th scope="col">{t('programme.shopper')}</th>
                <th scope="col">{t('programme.date')}</th>
                <th scope="col">{t('programme.state')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('setup.periods.change')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {p.visits.map((v) => (
                <tr key={v.id} data-visit={v.id}>
                  <th scope="row">
                    <Link to={`/mystery-shopper/visits/${v.id}`}>{pick(v.centre)}</Link>
                  </th>
                  <td>{t(`channels.${v.channel}`)}</td>
                  <td data-testid="visit-shopper">{pick(v.shopper)}</td>
                  <td>{day(v.plannedOn)}</td>
                  <td>{stateLabel(tw, 'mystery_shopper_visit', v.state)}</td>
                  <td>
                    {(v.state === 'assigned' || v.state === 'returned') && (
                      <Button
                        variant="ghost"
                        onClick={() => setChanging(v.id)}
                        aria-label={t('setup.periods.changing', { centre: pick(v.centre) })}
                      >
                        {t('setup.periods.change')}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      {visit && <VisitChangeForm key={visit.id} visit={visit} onClose={() => setChanging(null)} />}
    </div>
  );
}

import { useState } from 'react';
import { useParams } from 'react-router';
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
import { useLocalName } from '../../../app/display-name.ts';
import { SetupNav } from './SetupNav.tsx';
import { QuotaEditor } from './QuotaEditor.tsx';
import { VisitChangeForm } from './VisitChangeForm.tsx';
import { VisitPlanTable } from '../VisitPlanTable.tsx';

/** One period: its quotas until the plan is generated, then the plan, edited visit by visit. */
export function PeriodPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('mysteryShopper');
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
          <VisitPlanTable
            visits={p.visits}
            testId="period-plan"
            action={{
              header: t('setup.periods.change'),
              cell: (v) =>
                (v.state === 'assigned' || v.state === 'returned') && (
                  <Button
                    variant="ghost"
                    onClick={() => setChanging(v.id)}
                    aria-label={t('setup.periods.changing', { centre: pick(v.centre) })}
                  >
                    {t('setup.periods.change')}
                  </Button>
                ),
            }}
          />
        </Card>
      )}
      {visit && <VisitChangeForm key={visit.id} visit={visit} onClose={() => setChanging(null)} />}
    </div>
  );
}

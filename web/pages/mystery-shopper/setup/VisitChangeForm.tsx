import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc/client.ts';
import { Button } from '../../../design/components/Button.tsx';
import { Card } from '../../../design/components/Card.tsx';
import { ConfirmInline } from '../../../design/components/ConfirmInline.tsx';
import { ErrorMessage } from '../../../design/components/ErrorMessage.tsx';
import { Field, Input, Select } from '../../../design/components/Field.tsx';
import { useBilingual, type Bilingual } from '../../../i18n/bilingual.ts';
import { useFormat } from '../../../i18n/format.ts';
import { useLocalName } from '../../../app/display-name.ts';

interface PlannedVisit {
  id: string;
  centre: Bilingual;
  shopperId: string;
  plannedOn: string;
  state: string;
}

/** Edits one planned visit: another shopper or day (the server refuses a conflicting shopper), or cancels it with a reason. */
export function VisitChangeForm({ visit, onClose }: { visit: PlannedVisit; onClose(): void }) {
  const { t } = useTranslation('mysteryShopper');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pick = useBilingual();
  const localName = useLocalName();
  const format = useFormat();
  const pool = useQuery(trpc.mysteryShopper.shoppers.list.queryOptions());
  const [shopperId, setShopperId] = useState(visit.shopperId);
  const [plannedOn, setPlannedOn] = useState(visit.plannedOn);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState('');
  const after = (message: string) => async () => {
    setDone(message);
    await queryClient.invalidateQueries();
  };
  const reassign = useMutation(trpc.mysteryShopper.visits.reassign.mutationOptions({ onSuccess: after(t('setup.periods.reassigned')) }));
  const cancel = useMutation(trpc.mysteryShopper.visits.cancel.mutationOptions({ onSuccess: after(t('setup.periods.cancelled')) }));
  const active = pool.data?.filter((s) => s.active) ?? [];
  const chosen = active.find((s) => s.id === shopperId);
  const chosenName = chosen ? localName({ nameAr: chosen.displayNameAr, nameEn: chosen.displayNameEn }) : '';
  const title = t('setup.periods.changing', { centre: pick(visit.centre) });
  const open = visit.state === 'assigned';

  return (
    <Card title={title} label={title}>
      <div className="stack" data-testid="visit-change">
        <div className="programme-setup__grid">
          <Field label={t('setup.periods.newShopper')}>
            {(id) => (
              <Select id={id} value={shopperId} disabled={!open} onChange={(e) => setShopperId(e.target.value)}>
                {active.map((s) => (
                  <option key={s.id} value={s.id}>
                    {localName({ nameAr: s.displayNameAr, nameEn: s.displayNameEn })}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t('setup.periods.newDate')}>
            {(id) => <Input id={id} type="date" disabled={!open} value={plannedOn} onChange={(e) => setPlannedOn(e.target.value)} />}
          </Field>
          <ConfirmInline
            label={t('setup.periods.reassign')}
            question={t('setup.periods.confirmReassign', {
              shopper: chosenName,
              date: plannedOn ? format.date(`${plannedOn}T12:00:00Z`) : '',
            })}
            disabled={!open || reassign.isPending}
            testId="reassign-visit"
            onConfirm={() => {
              setDone('');
              reassign.mutate({ id: visit.id, shopperId, plannedOn });
            }}
          />
        </div>
        <ErrorMessage error={reassign.error} />
        <div className="programme-setup__grid">
          <Field label={t('setup.periods.cancelReason')}>
            {(id) => <Input id={id} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
          <ConfirmInline
            label={t('setup.periods.cancelVisit')}
            question={t('setup.periods.confirmCancel')}
            disabled={cancel.isPending}
            testId="cancel-visit"
            onConfirm={() => {
              setDone('');
              cancel.mutate({ id: visit.id, reason });
            }}
          />
        </div>
        <ErrorMessage error={cancel.error} />
        {done && <p role="status">{done}</p>}
        <div>
          <Button variant="ghost" onClick={onClose}>
            {t('setup.periods.close')}
          </Button>
        </div>
      </div>
    </Card>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Input } from '../../design/components/Field.tsx';
import { useFormat } from '../../i18n/format.ts';

/** Programme manager: a later self-assessment deadline, with the reason kept in the audit trail. */
export function ExtendDeadline({ assessmentId, dueAt }: { assessmentId: string; dueAt: string | null }) {
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const client = useQueryClient();
  const format = useFormat();
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const extend = useMutation(trpc.excellence.assessments.extendDeadline.mutationOptions({ onSuccess: () => client.invalidateQueries() }));
  return (
    <Card title={t('extend.title')} subtitle={dueAt ? `${t('cycles.due')}: ${format.dateTime(dueAt)}` : undefined}>
      <div className="exc-row">
        <Field label={t('extend.dueAt')}>
          {(id) => <Input id={id} type="datetime-local" value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field label={t('appeal.reason')}>{(id) => <Input id={id} value={reason} onChange={(e) => setReason(e.target.value)} />}</Field>
      </div>
      <ErrorMessage error={extend.error} />
      <Button
        variant="secondary"
        disabled={!date || !reason.trim()}
        onClick={() => extend.mutate({ id: assessmentId, dueAt: new Date(date).toISOString(), reason })}
      >
        {t('extend.submit')}
      </Button>
    </Card>
  );
}

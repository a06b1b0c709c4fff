import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Input, Select } from '../../design/components/Field.tsx';
import type { AssessmentView } from './assessment-view.ts';
import { useMay } from '../../app/session.ts';

/** The entity files one appeal on one criterion in the window; the programme decides it. */
export function AppealPanel({ assessment: a, role }: { assessment: AssessmentView; role: string }) {
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const client = useQueryClient();
  const appeal = useQuery(trpc.excellence.results.appeal.queryOptions({ id: a.id }));
  const invalidate = () => client.invalidateQueries();
  const file = useMutation(trpc.excellence.assessments.send.mutationOptions({ onSuccess: invalidate }));
  const decide = useMutation(trpc.excellence.results.decideAppeal.mutationOptions({ onSuccess: invalidate }));
  const [node, setNode] = useState(a.applicableLeaves[0] ?? '');
  const [reason, setReason] = useState('');
  const [decision, setDecision] = useState<'upheld' | 'rejected'>('rejected');
  const [percent, setPercent] = useState('');
  const programme = useMay()('runExcellenceProgramme');
  if (a.state === 'published.appeal_window' && role === 'entity_coordinator') {
    return (
      <Card title={t('appeal.title')} subtitle={t('appeal.hint')}>
        <div className="exc-row">
          <Field label={t('consensus.node')}>
            {(id) => (
              <Select id={id} value={node} onChange={(e) => setNode(e.target.value)}>
                {a.applicableLeaves.map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t('appeal.reason')}>{(id) => <Input id={id} value={reason} onChange={(e) => setReason(e.target.value)} />}</Field>
        </div>
        <ErrorMessage error={file.error} />
        <Button
          disabled={!reason.trim()}
          onClick={() => file.mutate({ id: a.id, type: 'FILE_APPEAL', payload: { nodeCode: node, reason } })}
        >
          {t('appeal.file')}
        </Button>
      </Card>
    );
  }
  if (!appeal.data) return null;
  return (
    <Card title={t('appeal.title')}>
      <p>
        {appeal.data.node_code}: {appeal.data.reason}
      </p>
      {appeal.data.decision && (
        <p>
          {t(`appeal.${appeal.data.decision}`)}: {appeal.data.decision_reason}
        </p>
      )}
      {a.state === 'published.appeal_review' && programme && (
        <div className="stack">
          <div className="exc-row">
            <Field label={t('appeal.decision')}>
              {(id) => (
                <Select id={id} value={decision} onChange={(e) => setDecision(e.target.value as 'upheld' | 'rejected')}>
                  <option value="rejected">{t('appeal.rejected')}</option>
                  <option value="upheld">{t('appeal.upheld')}</option>
                </Select>
              )}
            </Field>
            <Field label={t('appeal.reason')}>{(id) => <Input id={id} value={reason} onChange={(e) => setReason(e.target.value)} />}</Field>
            {decision === 'upheld' && (
              <Field label={t('appeal.newScore')}>
                {(id) => (
                  <Input id={id} type="number" min={0} max={100} step={5} value={percent} onChange={(e) => setPercent(e.target.value)} />
                )}
              </Field>
            )}
          </div>
          <ErrorMessage error={decide.error} />
          <Button
            disabled={!reason.trim()}
            onClick={() =>
              decide.mutate({
                id: a.id,
                decision,
                reason,
                newPercent: decision === 'upheld' && percent !== '' ? Number(percent) : undefined,
              })
            }
          >
            {t('appeal.decide')}
          </Button>
        </div>
      )}
    </Card>
  );
}

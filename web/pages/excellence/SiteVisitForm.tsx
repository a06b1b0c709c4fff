import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Input, Select } from '../../design/components/Field.tsx';
import { useFormat } from '../../i18n/format.ts';
import type { AssessmentView } from './assessment-view.ts';

/** Lead or programme: a scheduled or unannounced visit, its findings, and score changes with reasons. */
export function SiteVisitForm({ assessment: a }: { assessment: AssessmentView }) {
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const client = useQueryClient();
  const format = useFormat();
  const visits = useQuery(trpc.excellence.scoring.siteVisits.queryOptions({ id: a.id }));
  const record = useMutation(trpc.excellence.scoring.recordSiteVisit.mutationOptions({ onSuccess: () => client.invalidateQueries() }));
  const [kind, setKind] = useState<'scheduled' | 'unannounced'>('scheduled');
  const [startedAt, setStartedAt] = useState('');
  const [endedAt, setEndedAt] = useState('');
  const [findings, setFindings] = useState('');
  const [node, setNode] = useState('');
  const [percent, setPercent] = useState('');
  const [reason, setReason] = useState('');
  const submit = () =>
    record.mutate({
      id: a.id,
      kind,
      startedAt: new Date(startedAt).toISOString(),
      endedAt: new Date(endedAt).toISOString(),
      findings,
      changes: node && percent !== '' ? [{ nodeCode: node, percent: Number(percent), reason }] : [],
    });
  return (
    <Card title={t('siteVisit.title')}>
      <ul>
        {(visits.data?.visits ?? []).map((v) => (
          <li key={v.id}>
            {t(`siteVisit.${v.kind}`)} · {v.startedAt ? format.dateTime(v.startedAt) : ''} · {v.findings}
          </li>
        ))}
        {(visits.data?.changes ?? []).map((c) => (
          <li key={c.id}>
            {c.nodeCode}: {c.from} → {c.to} ({c.reason})
          </li>
        ))}
      </ul>
      <div className="exc-row">
        <Field label={t('siteVisit.kind')}>
          {(id) => (
            <Select id={id} value={kind} onChange={(e) => setKind(e.target.value as 'scheduled' | 'unannounced')}>
              <option value="scheduled">{t('siteVisit.scheduled')}</option>
              <option value="unannounced">{t('siteVisit.unannounced')}</option>
            </Select>
          )}
        </Field>
        <Field label={t('siteVisit.startedAt')}>
          {(id) => <Input id={id} type="datetime-local" value={startedAt} onChange={(e) => setStartedAt(e.target.value)} />}
        </Field>
        <Field label={t('siteVisit.endedAt')}>
          {(id) => <Input id={id} type="datetime-local" value={endedAt} onChange={(e) => setEndedAt(e.target.value)} />}
        </Field>
      </div>
      <textarea
        className="exc-textarea"
        aria-label={t('siteVisit.findings')}
        placeholder={t('siteVisit.findings')}
        value={findings}
        onChange={(e) => setFindings(e.target.value)}
      />
      <div className="exc-row">
        <Field label={t('consensus.node')}>
          {(id) => (
            <Select id={id} value={node} onChange={(e) => setNode(e.target.value)}>
              <option value="" />
              {a.applicableLeaves.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t('consensus.agreed')}>
          {(id) => <Input id={id} type="number" min={0} max={100} step={5} value={percent} onChange={(e) => setPercent(e.target.value)} />}
        </Field>
        <Field label={t('siteVisit.reason')}>{(id) => <Input id={id} value={reason} onChange={(e) => setReason(e.target.value)} />}</Field>
      </div>
      <ErrorMessage error={record.error} />
      <Button variant="secondary" disabled={!startedAt || !endedAt} onClick={submit}>
        {t('siteVisit.record')}
      </Button>
    </Card>
  );
}

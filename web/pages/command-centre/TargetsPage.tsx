import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { Card } from '../../design/components/Card.tsx';
import { Button } from '../../design/components/Button.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Input, Select } from '../../design/components/Field.tsx';
import { useFormat } from '../../i18n/format.ts';
import { journeyChannels, type JourneyChannel } from '../../../workflows/journeys/journey-map.ts';
import {
  thresholdMetrics,
  thresholdWindows,
  type ThresholdMetric,
  type ThresholdWindow,
} from '../../../workflows/command-centre/threshold.ts';
import type { ThresholdView } from '../../../api/command-centre/threshold-store.ts';
import { ConfirmInline } from '../../design/components/ConfirmInline.tsx';
import './command-centre.css';

const isShare = (m: string) => m === 'satisfaction' || m === 'efficiency';

/** The programme manager's targets per centre or channel, checked live; each can be removed. */
export function TargetsPage() {
  const { t } = useTranslation('commandCentre');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const format = useFormat();
  const thresholds = useQuery(trpc.commandCentre.thresholds.queryOptions());
  const board = useQuery(trpc.commandCentre.board.queryOptions({}));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.commandCentre.thresholds.queryKey() });
  const add = useMutation(trpc.commandCentre.addThreshold.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.commandCentre.removeThreshold.mutationOptions({ onSuccess: refresh }));
  const centres = board.data?.entities.flatMap((e) => e.centres) ?? [];

  const [scope, setScope] = useState<'centre' | 'channel'>('centre');
  const [centreCode, setCentreCode] = useState('');
  const [channel, setChannel] = useState<JourneyChannel>('counter');
  const [metric, setMetric] = useState<ThresholdMetric>('average_wait');
  const [window, setWindow] = useState<ThresholdWindow>('last15');
  const [comparison, setComparison] = useState<'above' | 'below'>('above');
  const [target, setTarget] = useState('15');
  const [sustain, setSustain] = useState('10');
  const [escalate, setEscalate] = useState('30');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = Number(target);
    add.mutate({
      scope: scope === 'centre' ? { kind: 'centre', centreCode } : { kind: 'channel', channel },
      metric,
      window,
      comparison,
      target: isShare(metric) ? value / 100 : value,
      sustainMinutes: Number(sustain),
      escalateAfterMinutes: Number(escalate),
    });
  };
  const describe = (th: ThresholdView) =>
    t('targets.summary', {
      metric: t(`metric.${th.metric}`),
      comparison: t(`targets.${th.comparison}`),
      target: isShare(th.metric) ? `${format.share(th.target)}%` : format.score(th.target),
      window: t(`window.${th.window}`),
      sustain: format.number(th.sustainMinutes),
      escalate: format.number(th.escalateAfterMinutes),
    });

  return (
    <div className="stack">
      <PageHeader title={t('targets.title')} subtitle={t('targets.intro')} />
      <Link to="/command-centre">{t('back')}</Link>
      <Card title={t('targets.title')}>
        {thresholds.error && <ErrorMessage error={thresholds.error} />}
        {thresholds.data?.length === 0 && <p className="muted">{t('targets.none')}</p>}
        <ul className="cc-alerts" data-testid="cc-targets">
          {thresholds.data?.map((th) => (
            <li key={th.id}>
              <strong>{th.scope.kind === 'centre' ? th.scope.centreCode : t(`channel.${th.scope.channel}`)}</strong> {describe(th)}{' '}
              <ConfirmInline
                label={t('targets.remove')}
                question={t('targets.confirmRemove')}
                onConfirm={() => remove.mutate({ id: th.id })}
              />
            </li>
          ))}
        </ul>
      </Card>
      <Card title={t('targets.add')}>
        <form className="stack" onSubmit={submit}>
          <Field label={t('targets.scope')}>
            {(id) => (
              <Select id={id} value={scope} onChange={(e) => setScope(e.target.value as 'centre' | 'channel')}>
                <option value="centre">{t('targets.scopeCentre')}</option>
                <option value="channel">{t('targets.scopeChannel')}</option>
              </Select>
            )}
          </Field>
          {scope === 'centre' ? (
            <Field label={t('targets.centre')}>
              {(id) => (
                <Select id={id} value={centreCode} onChange={(e) => setCentreCode(e.target.value)} required>
                  <option value="">—</option>
                  {centres.map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.code}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          ) : (
            <Field label={t('targets.channel')}>
              {(id) => (
                <Select id={id} value={channel} onChange={(e) => setChannel(e.target.value as JourneyChannel)}>
                  {journeyChannels.map((c) => (
                    <option key={c} value={c}>
                      {t(`channel.${c}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          )}
          <Field label={t('targets.metric')}>
            {(id) => (
              <Select id={id} value={metric} onChange={(e) => setMetric(e.target.value as ThresholdMetric)}>
                {thresholdMetrics.map((m) => (
                  <option key={m} value={m}>
                    {t(`metric.${m}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t('targets.window')}>
            {(id) => (
              <Select id={id} value={window} onChange={(e) => setWindow(e.target.value as ThresholdWindow)}>
                {thresholdWindows.map((w) => (
                  <option key={w} value={w}>
                    {t(`window.${w}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t('targets.comparison')}>
            {(id) => (
              <Select id={id} value={comparison} onChange={(e) => setComparison(e.target.value as 'above' | 'below')}>
                <option value="above">{t('targets.above')}</option>
                <option value="below">{t('targets.below')}</option>
              </Select>
            )}
          </Field>
          <Field label={t('targets.target')} hint={t('targets.targetHint')}>
            {(id) => <Input id={id} type="number" min={0} step="any" value={target} onChange={(e) => setTarget(e.target.value)} required />}
          </Field>
          <Field label={t('targets.sustain')}>
            {(id) => <Input id={id} type="number" min={0} value={sustain} onChange={(e) => setSustain(e.target.value)} required />}
          </Field>
          <Field label={t('targets.escalate')}>
            {(id) => <Input id={id} type="number" min={1} value={escalate} onChange={(e) => setEscalate(e.target.value)} required />}
          </Field>
          {add.error && <ErrorMessage error={add.error} />}
          <Button type="submit" disabled={add.isPending}>
            {t('targets.add')}
          </Button>
        </form>
      </Card>
    </div>
  );
}

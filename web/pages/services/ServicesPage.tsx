import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { Field, Input, Select } from '../../design/components/Field.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useMay } from '../../app/session.ts';
import { useFormat } from '../../i18n/format.ts';
import { prioritisationFactors, type FactorWeights } from '../../../workflows/journeys/service-prioritisation.ts';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { ServiceCatalogue } from './ServiceCatalogue.tsx';
import { PriorityBreakdown, PriorityScoreButton } from './PriorityBreakdown.tsx';
import { cxChannels, type CxChannel } from '../../../workflows/journeys/cx-import-rows.ts';
import { useBilingual } from '../../i18n/bilingual.ts';
import '../journeys/journeys.css';

/**
 * The prioritisation view: every figure comes from the server (raw, normalised, weight,
 * contribution), so the user sees why a service ranks where it does.
 */
export function ServicesPage() {
  const { t } = useTranslation('journeys');
  const pick = useBilingual();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const format = useFormat();
  const navigate = useNavigate();
  const isManager = useMay()('setStrategicWeights');
  const [weights, setWeights] = useState<FactorWeights>({ volume: 1, dissatisfaction: 1, complaints: 1, strategic: 1 });
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [channel, setChannel] = useState<CxChannel | ''>('');
  const ranking = useQuery(
    trpc.services.prioritisation.queryOptions(
      { weights, ...(from ? { from } : {}), ...(to ? { to } : {}), ...(channel ? { channel } : {}) },
      { placeholderData: (prev) => prev },
    ),
  );
  const data = ranking.data;
  const [explained, setExplained] = useState<string | null>(null);
  const explainedRow = data?.services.find((r) => r.serviceCode === explained);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.services.prioritisation.queryKey() });
  const setStrategic = useMutation(trpc.services.setStrategicWeight.mutationOptions({ onSuccess: refresh }));
  const start = useMutation(trpc.journeys.start.mutationOptions({ onSuccess: (_r, vars) => navigate(`/journeys/${vars.key}`) }));
  const [keys, setKeys] = useState<Record<string, string>>({});
  const pct = (v: number) => format.share(v);

  return (
    <div className="stack">
      <PageHeader title={t('services.title')} subtitle={t('services.subtitle')} />
      <Card title={t('services.scope')}>
        <div className="weights" data-testid="prioritisation-scope">
          <Field label={t('services.from')}>
            {(id) => <Input id={id} type="date" value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} />}
          </Field>
          <Field label={t('services.to')}>
            {(id) => <Input id={id} type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} />}
          </Field>
          <Field label={t('services.channel')}>
            {(id) => (
              <Select id={id} value={channel} onChange={(e) => setChannel(e.target.value as CxChannel | '')}>
                <option value="">{t('services.allChannels')}</option>
                {cxChannels.map((c) => (
                  <option key={c} value={c}>
                    {t(`channels.${c}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        {data && (
          <p className="scope-note" data-testid="scope-note">
            {data.scope.days === null ? t('services.scopeAllTime') : t('services.scopeDays', { days: format.number(data.scope.days) })}{' '}
            {data.scope.channel ? t('services.scopeChannel', { channel: t(`channels.${data.scope.channel}`) }) : ''}
          </p>
        )}
      </Card>
      <Card title={t('services.weights')} subtitle={t('services.formula')}>
        <div className="weights">
          {prioritisationFactors.map((f) => (
            <Field key={f} label={t(`services.${f}`)}>
              {(id) => (
                <Input
                  id={id}
                  type="range"
                  min={0}
                  max={5}
                  step={0.5}
                  value={weights[f]}
                  onChange={(e) => setWeights({ ...weights, [f]: Number(e.target.value) })}
                  aria-valuetext={format.number(weights[f])}
                />
              )}
            </Field>
          ))}
        </div>
        {data && (
          <p className="formula" data-testid="formula" dir="auto">
            {t('services.score')} ={' '}
            {prioritisationFactors
              .map((f) =>
                t('services.formulaTerm', {
                  share: pct(data.weightShares[f]),
                  factor: t(`services.${f}`),
                  min: format.score(data.ranges[f].min, 2),
                  max: format.score(data.ranges[f].max, 2),
                }),
              )
              .join(' + ')}
          </p>
        )}
      </Card>
      <ErrorMessage error={ranking.error ?? setStrategic.error ?? start.error} />
      {data && data.services.length === 0 && <p>{t('services.noneInScope')}</p>}
      {data && data.services.length > 0 && (
        <Table
          testId="prioritisation-table"
          caption={t('services.title')}
          rows={data.services}
          rowKey={(r) => r.serviceCode}
          columns={[
            { key: 'rank', header: t('services.rank'), numeric: true, cell: (r) => format.number(r.rank) },
            {
              key: 'service',
              header: t('services.service'),
              cell: (r) => (
                <>
                  <div>{pick(r.name)}</div>
                  <small dir="ltr">{r.serviceCode}</small>
                </>
              ),
            },
            {
              key: 'volume',
              header: t('services.volume'),
              numeric: true,
              cell: (r) => (
                <span
                  title={t(`services.volumeSource.${r.channelShare.source}`, {
                    annual: format.number(r.annualVolume),
                    share: pct(r.channelShare.share),
                  })}
                >
                  {format.number(r.factors.volume.raw)}
                </span>
              ),
            },
            {
              key: 'dissatisfaction',
              header: t('services.dissatisfaction'),
              numeric: true,
              cell: (r) => (
                <span
                  title={
                    r.satisfactionSource === 'survey_answers'
                      ? t('services.satisfactionFromSurveys', { count: r.surveyResponses })
                      : t('services.satisfactionFromCatalogue')
                  }
                >
                  {format.score(r.factors.dissatisfaction.raw, 2)}
                </span>
              ),
            },
            { key: 'complaints', header: t('services.complaints'), numeric: true, cell: (r) => format.number(r.factors.complaints.raw) },
            {
              key: 'strategic',
              header: t('services.strategic'),
              numeric: true,
              cell: (r) =>
                isManager ? (
                  <Input
                    type="number"
                    min={0}
                    max={1}
                    step={0.1}
                    aria-label={`${t('services.strategic')}: ${pick(r.name)}`}
                    defaultValue={r.factors.strategic.raw}
                    onBlur={(e) => {
                      const w = Number(e.target.value);
                      if (w >= 0 && w <= 1 && w !== r.factors.strategic.raw) setStrategic.mutate({ code: r.serviceCode, weight: w });
                    }}
                  />
                ) : (
                  format.number(r.factors.strategic.raw)
                ),
            },
            {
              key: 'score',
              header: t('services.score'),
              numeric: true,
              cell: (r) => (
                <PriorityScoreButton
                  factors={r.factors}
                  score={r.score}
                  open={explained === r.serviceCode}
                  label={pick(r.name)}
                  onToggle={() => setExplained(explained === r.serviceCode ? null : r.serviceCode)}
                />
              ),
            },
            ...(isManager
              ? [
                  {
                    key: 'pick',
                    header: t('services.pick'),
                    cell: (r: (typeof data.services)[number]) => (
                      <form
                        className="pick"
                        onSubmit={(e) => {
                          e.preventDefault();
                          const key = (keys[r.serviceCode] ?? '').trim();
                          if (key)
                            start.mutate({
                              key,
                              entityId: `ent-${r.ownerEntityCode.toLowerCase()}`,
                              serviceCodes: [r.serviceCode],
                              title: r.name,
                            });
                        }}
                      >
                        <Input
                          dir="ltr"
                          aria-label={t('services.journeyKey')}
                          placeholder="journey-key"
                          value={keys[r.serviceCode] ?? ''}
                          onChange={(e) => setKeys({ ...keys, [r.serviceCode]: e.target.value })}
                        />
                        <Button type="submit" variant="secondary" disabled={start.isPending}>
                          {t('services.pick')}
                        </Button>
                      </form>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {data && explainedRow && (
        <Card title={t('services.whyTitle', { service: pick(explainedRow.name), rank: format.number(explainedRow.rank) })}>
          <PriorityBreakdown factors={explainedRow.factors} ranges={data.ranges} score={explainedRow.score} />
        </Card>
      )}
      <ServiceCatalogue />
    </div>
  );
}

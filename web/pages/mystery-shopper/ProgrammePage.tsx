import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Card } from '../../design/components/Card.tsx';
import { EmptyState } from '../../design/components/EmptyState.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Select } from '../../design/components/Field.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { useBilingual } from '../../i18n/bilingual.ts';
import { VisitPlanTable } from './VisitPlanTable.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useLocalName } from '../../app/display-name.ts';
import { ConfirmInline } from '../../design/components/ConfirmInline.tsx';
import { SetupNav } from './setup/SetupNav.tsx';

/** The programme manager's view: a period's plan (what could not be planned first), the reports to review, the results. */
export function ProgrammePage() {
  const { t } = useTranslation('mysteryShopper');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pick = useBilingual();
  const localName = useLocalName();
  const format = useFormat();
  const periods = useQuery(trpc.mysteryShopper.periods.list.queryOptions());
  const pool = useQuery(trpc.mysteryShopper.shoppers.list.queryOptions());
  const [periodId, setPeriodId] = useState('');
  useEffect(() => {
    const first = periods.data?.[0];
    if (!periodId && first) setPeriodId(first.id);
  }, [periods.data, periodId]);
  const period = useQuery({ ...trpc.mysteryShopper.periods.get.queryOptions({ id: periodId }), enabled: periodId !== '' });
  const results = useQuery({
    ...trpc.mysteryShopper.results.queryOptions({ periodIds: periodId ? [periodId] : [] }),
    enabled: periodId !== '',
  });
  const generate = useMutation(trpc.mysteryShopper.periods.generate.mutationOptions({ onSuccess: () => queryClient.invalidateQueries() }));
  const publish = useMutation(trpc.mysteryShopper.periods.publish.mutationOptions({ onSuccess: () => queryClient.invalidateQueries() }));
  const centreName = new Map(period.data?.visits.map((v) => [v.centreId, pick(v.centre)]) ?? []);
  const toReview = period.data?.visits.filter((v) => v.state === 'submitted') ?? [];
  const score = (s: number | null) => (s === null ? '—' : format.score(s));

  return (
    <div className="stack">
      <PageHeader title={t('programme.title')} />
      <SetupNav />
      <ErrorMessage error={periods.error ?? period.error ?? publish.error ?? generate.error} />
      {periods.data?.length === 0 && <EmptyState title={t('programme.periods')} />}
      {periods.data && periods.data.length > 0 && (
        <Field label={t('programme.period')}>
          {(id) => (
            <Select id={id} value={periodId} onChange={(e) => setPeriodId(e.target.value)}>
              {periods.data.map((p) => (
                <option key={p.id} value={p.id}>
                  {localName(p)} ({p.startsOn} – {p.endsOn})
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      {period.data && !period.data.planned && (
        <ConfirmInline
          label={t('programme.generate')}
          question={t('programme.confirmGenerate')}
          disabled={generate.isPending}
          onConfirm={() => generate.mutate({ id: periodId })}
        />
      )}
      {period.data && (
        <>
          {period.data.shortfalls.length > 0 && (
            <Card title={t('programme.shortfalls')}>
              <ul data-testid="shortfalls">
                {period.data.shortfalls.map((s) => (
                  <li key={`${s.centreId}/${s.channel}`}>
                    {t('programme.shortfall', {
                      centre: centreName.get(s.centreId) ?? s.centreId,
                      channel: t(`channels.${s.channel}`),
                      missing: format.number(s.missing),
                      reason: t(`programme.reasons.${s.reason}`),
                    })}
                  </li>
                ))}
              </ul>
            </Card>
          )}
          <Card title={t('programme.toReview')}>
            {toReview.length === 0 ? (
              <p className="muted">{t('programme.noneToReview')}</p>
            ) : (
              <ul>
                {toReview.map((v) => (
                  <li key={v.id}>
                    <Link to={`/mystery-shopper/visits/${v.id}`}>
                      {pick(v.centre)} · {t(`channels.${v.channel}`)} · {pick(v.shopper)}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title={t('programme.results')}>
            <table className="table" data-testid="programme-results">
              <thead>
                <tr>
                  <th scope="col">{t('programme.centre')}</th>
                  <th scope="col">{t('programme.score')}</th>
                  <th scope="col">{t('programme.channel')}</th>
                </tr>
              </thead>
              <tbody>
                {results.data?.centres.map((c) => (
                  <tr key={c.centreId}>
                    <th scope="row">{localName(c)}</th>
                    <td>{score(c.score)}</td>
                    <td>{c.channels.map((ch) => `${t(`channels.${ch.channel}`)} ${score(ch.score)}`).join(' · ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {period.data.published ? (
              <p>{t('programme.published')}</p>
            ) : (
              period.data.planned && (
                <ConfirmInline
                  label={t('programme.publish')}
                  question={t('programme.confirmPublish')}
                  onConfirm={() => publish.mutate({ id: periodId })}
                />
              )
            )}
          </Card>
          <Card title={t('programme.visits')}>
            <VisitPlanTable visits={period.data.visits} testId="programme-visits" />
          </Card>
        </>
      )}
      {pool.data && (
        <Card title={t('programme.pool', { count: pool.data.length })}>
          <table className="table" data-testid="shopper-pool">
            <thead>
              <tr>
                <th scope="col">{t('programme.shopper')}</th>
                <th scope="col">{t('programme.profile')}</th>
                <th scope="col">{t('programme.maxVisits')}</th>
              </tr>
            </thead>
            <tbody>
              {pool.data.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{localName({ nameAr: s.displayNameAr, nameEn: s.displayNameEn })}</th>
                  <td>
                    {[
                      t(`profile.nationality.${s.profile.nationalityGroup}`),
                      t(`profile.age.${s.profile.ageBand}`),
                      t(`profile.gender.${s.profile.gender}`),
                      s.profile.disability ? t('profile.disability') : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </td>
                  <td>{format.number(s.maxVisits)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </div>
  );
}

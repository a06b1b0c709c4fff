import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Card } from '../../design/components/Card.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useBilingual, useLocale } from '../../i18n/bilingual.ts';

/** Each service as the unified documentation guide describes it, one expandable entry per service. */
export function ServiceCatalogue() {
  const { t } = useTranslation('journeys');
  const locale = useLocale();
  const pick = useBilingual();
  const trpc = useTRPC();
  const format = useFormat();
  const services = useQuery(trpc.services.list.queryOptions());
  const reference = useQuery({ ...trpc.services.reference.queryOptions(), staleTime: Infinity });
  const doc = (id: string) => pick(reference.data?.documents.find((d) => d.id === id)?.name) || id;
  const entity = (code: string) => pick(reference.data?.entities.find((e) => e.code === code)?.name) || code;
  if (!services.data) return null;
  return (
    <Card title={t('services.catalogue')}>
      <div className="catalogue" data-testid="service-catalogue">
        {services.data.map(({ code, definition: s }) => (
          <details key={code} className="catalogue__entry">
            <summary>
              {pick(s.name)} <small dir="ltr">{code}</small> — {entity(s.ownerEntityCode)}
            </summary>
            <dl className="catalogue__facts">
              <dt>{t('services.channels')}</dt>
              <dd>{s.channels.map((c) => t(`channels.${c}`)).join('، ')}</dd>
              <dt>{t('services.steps')}</dt>
              <dd>
                <ol>
                  {s.steps.map((step, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: steps carry no id; in the read-only catalogue a step's place in the procedure is its identity
                    <li key={i}>
                      {pick(step.title)} ({entity(step.entityCode)}, {format.number(step.standardMinutes)} {t('services.minutes')})
                    </li>
                  ))}
                </ol>
              </dd>
              <dt>{t('services.documents')}</dt>
              <dd>{s.documentIds.map(doc).join('، ') || '—'}</dd>
              <dt>{t('services.fees')}</dt>
              <dd>
                {s.fees
                  .map(
                    (f) =>
                      `${pick(f.label)}: ${new Intl.NumberFormat(locale === 'ar' ? 'ar-QA' : 'en-QA', { style: 'currency', currency: f.currency }).format(f.amount)}`,
                  )
                  .join('، ') || '—'}
              </dd>
              <dt>{t('services.kpis')}</dt>
              <dd>
                {t('services.kpiLine', {
                  volume: format.number(s.kpis.annualVolume),
                  wait: format.number(s.kpis.averageWaitMinutes),
                  service: format.number(s.kpis.averageServiceMinutes),
                  satisfaction: format.number(s.kpis.satisfaction),
                  days: format.number(s.kpis.averageCompletionDays),
                })}
              </dd>
              <dt>{t('services.slas')}</dt>
              <dd>
                {s.slas.length === 0
                  ? '—'
                  : s.slas.map((sla, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: agreements carry no id and the read-only catalogue never reorders them
                      <p key={i}>
                        {t('services.slaLine', {
                          provider: entity(sla.providerEntityCode),
                          consumer: entity(sla.consumerEntityCode),
                          subject: pick(sla.subject),
                          hours: format.number(sla.targetHours),
                          percent: format.number(sla.targetPercent),
                        })}
                      </p>
                    ))}
              </dd>
            </dl>
          </details>
        ))}
      </div>
    </Card>
  );
}

import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Select } from '../../design/components/Field.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { Table } from '../../design/components/Table.tsx';
import { LanguageSwitch } from '../../app/LanguageSwitch.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useLocalName } from '../../app/display-name.ts';
import type { CentreIndex } from '../../../api/command-centre/public-indices.ts';

/** Public, no sign-in: each service centre's satisfaction index and performance indicators per month, with its stars. */
export function CentreIndicesPage() {
  const { t } = useTranslation('commandCentre');
  const trpc = useTRPC();
  const format = useFormat();
  const localName = useLocalName();
  const [month, setMonth] = useState<string | undefined>(undefined);
  const indices = useQuery(trpc.commandCentre.publicIndices.queryOptions(month ? { month } : {}));
  const none = t('unit.none');
  const minutes = (v: number | null) => (v === null ? none : t('unit.minutes', { count: Math.round(v), value: format.score(v) }));
  return (
    <main id="main" className="stack" style={{ padding: 'var(--space-5)', maxInlineSize: 'var(--content-max)', marginInline: 'auto' }}>
      <PageHeader
        title={t('public.title')}
        subtitle={t('public.subtitle')}
        actions={
          <>
            <LanguageSwitch /> <Link to="/transparency">{t('public.results')}</Link>
          </>
        }
      />
      <ErrorMessage error={indices.error} />
      {indices.data && (
        <>
          <Field label={t('public.month')}>
            {(id) => (
              <Select id={id} value={indices.data.month} onChange={(e) => setMonth(e.target.value)}>
                {(indices.data.months.length > 0 ? indices.data.months : [indices.data.month]).map((m) => (
                  <option key={m} value={m}>
                    {m}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Card>
            <Table<CentreIndex>
              testId="public-indices"
              rowKey={(r) => r.code}
              rows={indices.data.centres}
              columns={[
                {
                  key: 'centre',
                  header: t('centre'),
                  cell: (r) => `${localName(r)} — ${localName({ nameAr: r.entityNameAr, nameEn: r.entityNameEn })}`,
                },
                {
                  key: 'satisfaction',
                  header: t('public.satisfactionIndex'),
                  numeric: true,
                  cell: (r) => (r.satisfactionIndex === null ? none : t('unit.percent', { value: format.share(r.satisfactionIndex) })),
                },
                { key: 'served', header: t('metric.served'), numeric: true, cell: (r) => format.number(r.served) },
                { key: 'wait', header: t('metric.average_wait'), numeric: true, cell: (r) => minutes(r.averageWaitMinutes) },
                { key: 'service', header: t('metric.average_service'), numeric: true, cell: (r) => minutes(r.averageServiceMinutes) },
                {
                  key: 'stars',
                  header: t('public.stars'),
                  numeric: true,
                  cell: (r) =>
                    r.stars === null
                      ? none
                      : t('public.starsValue', { stars: format.number(r.stars), cycle: format.number(r.starsCycleNumber ?? 0) }),
                },
              ]}
            />
          </Card>
        </>
      )}
    </main>
  );
}

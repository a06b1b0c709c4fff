import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Input } from '../../design/components/Field.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useLocalName } from '../../app/display-name.ts';

type Source = 'customer_feedback' | 'mystery_shopper' | 'employee_survey';

/**
 * Programme manager: the composite's other figures per subject (customer feedback,
 * mystery shopper), which publication combines with the assessment into the star rating.
 * Shown only when the cycle's framework has a composite.
 */
export function CompositeSourcesCard({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const format = useFormat();
  const localName = useLocalName();
  const sources = useQuery(trpc.excellence.results.compositeSources.queryOptions({ cycleId }));
  if (!sources.data || sources.data.required.length === 0) return <ErrorMessage error={sources.error} />;
  const required = sources.data.required;
  return (
    <Card title={t('sources.title')}>
      <p className="exc-muted">{t('sources.hint')}</p>
      <Table
        testId="composite-sources"
        rows={sources.data.subjects}
        rowKey={(s) => s.subjectId}
        columns={[
          { key: 'name', header: t('sources.subject'), cell: (s) => localName({ nameAr: s.nameAr, nameEn: s.nameEn }) },
          ...required.map((src) => ({
            key: src,
            header: t(`sources.kinds.${src}`),
            cell: (s: (typeof sources.data.subjects)[number]) =>
              s.sources[src] === undefined ? (
                <span className="exc-muted">{t('sources.missing')}</span>
              ) : (
                `${format.number(s.sources[src])}%`
              ),
            numeric: true,
          })),
          {
            key: 'edit',
            header: t('sources.record'),
            cell: (s) => <SourcesRow cycleId={cycleId} subjectId={s.subjectId} required={required} current={s.sources} />,
          },
        ]}
      />
    </Card>
  );
}

function SourcesRow({
  cycleId,
  subjectId,
  required,
  current,
}: {
  cycleId: string;
  subjectId: string;
  required: Source[];
  current: Partial<Record<Source, number>>;
}) {
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const client = useQueryClient();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(required.map((s) => [s, current[s] === undefined ? '' : String(current[s])])),
  );
  const save = useMutation(trpc.excellence.results.recordCompositeSources.mutationOptions({ onSuccess: () => client.invalidateQueries() }));
  const parsed = Object.fromEntries(required.filter((s) => values[s]?.trim()).map((s) => [s, Number(values[s])]));
  const invalid = Object.values(parsed).some((n) => !Number.isFinite(n) || n < 0 || n > 100);
  return (
    <form
      className="exc-row"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ cycleId, subjectId, values: parsed });
      }}
    >
      {required.map((src) => (
        <Input
          key={src}
          type="number"
          min={0}
          max={100}
          step="0.1"
          inputMode="decimal"
          className="exc-source-input"
          aria-label={t(`sources.kinds.${src}`)}
          placeholder={t(`sources.kinds.${src}`)}
          value={values[src] ?? ''}
          onChange={(e) => setValues({ ...values, [src]: e.target.value })}
        />
      ))}
      <Button type="submit" variant="secondary" disabled={save.isPending || invalid || Object.keys(parsed).length === 0}>
        {t('cycles.save')}
      </Button>
      {invalid && <span className="exc-muted">{t('sources.range')}</span>}
      <ErrorMessage error={save.error} />
    </form>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Field, Select } from '../../design/components/Field.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { downloadText } from './download-text.ts';
import './bulk-bar.css';
import { useBilingual } from '../../i18n/bilingual.ts';
import { useFormat } from '../../i18n/format.ts';

/**
 * What can be done to several gaps at once: one owner for all, or a CSV of them. The server
 * checks the whole selection first and reports each gap's own refusal (a merged gap, an
 * owner from another entity) beside its code.
 */
export function BulkGapBar({ selected, codes, onClear }: { selected: string[]; codes: Map<string, string>; onClear: () => void }) {
  const { t } = useTranslation('improvement');
  const { t: te } = useTranslation('errors');
  const pick = useBilingual();
  const format = useFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [ownerId, setOwnerId] = useState('');
  // People of the first selected gap's entity; for another entity's gap the server says so per gap.
  const owners = useQuery({ ...trpc.gaps.owners.queryOptions({ id: selected[0] ?? '' }), enabled: selected.length > 0 });
  const assign = useMutation(
    trpc.bulk.assignGapOwner.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.gaps.pathKey() }) }),
  );
  const exported = useMutation({
    mutationFn: () => queryClient.fetchQuery(trpc.bulk.exportGaps.queryOptions({ ids: selected })),
    onSuccess: (r) => downloadText('gaps.csv', r.csv),
  });
  if (selected.length === 0) return null;

  return (
    <section className="bulk-bar" aria-label={t('gaps.bulk.label')} data-testid="gap-bulk">
      <p className="bulk-bar__count">{t('gaps.bulk.selected', { count: selected.length, total: format.number(selected.length) })}</p>
      <form
        className="bulk-bar__form"
        onSubmit={(e) => {
          e.preventDefault();
          assign.mutate({ ids: selected, ownerId: ownerId || null });
        }}
      >
        <Field label={t('gaps.bulk.owner')}>
          {(id) => (
            <Select id={id} value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
              <option value="">{t('gaps.bulk.noOwner')}</option>
              {(owners.data ?? []).map((o) => (
                <option key={o.id} value={o.id}>
                  {pick({ ar: o.nameAr, en: o.nameEn })}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Button type="submit" disabled={assign.isPending}>
          {t('gaps.bulk.assign')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => exported.mutate()} disabled={exported.isPending}>
          {t('gaps.bulk.export')}
        </Button>
        <Button type="button" variant="ghost" onClick={onClear}>
          {t('gaps.bulk.clear')}
        </Button>
      </form>
      <ErrorMessage error={assign.error ?? exported.error} />
      {assign.data && (
        <ul className="bulk-bar__report" aria-label={t('gaps.bulk.report')} data-testid="gap-bulk-report">
          {assign.data.outcomes.map((o) => (
            <li key={o.id} data-ok={o.ok}>
              <bdi dir="ltr">{codes.get(o.id) ?? o.id}</bdi>:{' '}
              {o.ok ? t('gaps.bulk.done') : `${t('gaps.bulk.refused')} — ${te(o.messageKey.replace(/^errors\./, ''))}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

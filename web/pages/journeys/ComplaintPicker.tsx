import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Input, Select } from '../../design/components/Field.tsx';
import { useFormat } from '../../i18n/format.ts';

export interface ComplaintPickerProps {
  journeyId: string;
  categories: string[];
  selected: string[];
  onChange(ids: string[]): void;
}

/** Picks specific complaints from a server-side search (text, category, number); the picked ones stay listed. */
export function ComplaintPicker({ journeyId, categories, selected, onChange }: ComplaintPickerProps) {
  const { t } = useTranslation('journeys');
  const trpc = useTRPC();
  const format = useFormat();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  const [category, setCategory] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(query), 250);
    return () => clearTimeout(timer);
  }, [query]);
  const result = useQuery(
    trpc.journeys.complaints.queryOptions(
      { id: journeyId, query: debounced, ids: selected, ...(category ? { category } : {}) },
      { placeholderData: (prev) => prev },
    ),
  );
  const toggle = (id: string) => onChange(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id]);
  const picked = result.data?.selected ?? [];
  const hits = (result.data?.hits ?? []).filter((h) => !selected.includes(h.id));
  const line = (h: { id: string; date: string; channel: string; category: string; text: string }) => (
    <>
      <span className="complaint__meta">
        #{h.id} · {format.date(h.date)} · {t(`channels.${h.channel}`, { defaultValue: h.channel })} ·{' '}
        {t(`categories.${h.category}`, { defaultValue: h.category })}
      </span>
      <span className="complaint__text" dir="auto">
        {h.text}
      </span>
    </>
  );

  return (
    <fieldset className="complaint-picker" data-testid="complaint-picker">
      <legend>{t('complaintPicker.legend')}</legend>
      {picked.length > 0 && (
        <ul className="complaint-picker__picked" aria-label={t('complaintPicker.picked', { count: picked.length })}>
          {picked.map((h) => (
            <li key={h.id} className="complaint">
              {line(h)}
              <Button variant="ghost" onClick={() => toggle(h.id)} aria-label={t('complaintPicker.unlink', { id: h.id })}>
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="complaint-picker__filters">
        <label htmlFor={searchId} className="field__label">
          {t('complaintPicker.search')}
        </label>
        <Input
          id={searchId}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('complaintPicker.placeholder')}
        />
        <Select aria-label={t('complaintPicker.category')} value={category} onChange={(e) => setCategory(e.target.value)}>
          <option value="">{t('complaintPicker.allCategories')}</option>
          {categories.map((k) => (
            <option key={k} value={k}>
              {t(`categories.${k}`, { defaultValue: k })}
            </option>
          ))}
        </Select>
      </div>
      <p aria-live="polite" className="complaint-picker__count">
        {result.data
          ? t('complaintPicker.found', {
              count: result.data.total,
              shown: format.number(Math.min(result.data.total, result.data.hits.length)),
              total: format.number(result.data.total),
            })
          : ''}
      </p>
      <ul className="complaint-picker__hits">
        {hits.map((h) => (
          <li key={h.id} className="complaint">
            <label>
              <input type="checkbox" checked={false} onChange={() => toggle(h.id)} /> {line(h)}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

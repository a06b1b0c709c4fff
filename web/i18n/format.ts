import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale, isLocale, defaultLocale } from './locale.ts';
import { presentScore } from '../../workflows/excellence/score-precision.ts';

export interface Formatters {
  number(value: number): string;
  /** A count or number inside a sentence: grouped only from 10,000 so years and ids stay whole (2026, #1043). */
  count(value: number): string;
  /** A score or figure shown rounded by the one display rule (presentScore), to `decimals` (default 1). */
  score(value: number, decimals?: number): string;
  /** A share (0–1) shown as a percentage figure by the same rule, without the sign: 0.4567 → "45.7". */
  share(fraction: number, decimals?: number): string;
  /** A figure out of 100 with the language's percent sign: 45 → "45%" / "٤٥٪". */
  percent(value: number): string;
  /** A file's size in the language's units: 2048 → "2 kB" / "٢ ك.بايت". */
  fileSize(bytes: number): string;
  /** A chart's tick or tooltip value: numbers as `number`, anything else (a category's name) as it is. */
  chart(value: unknown): string;
  date(value: string | Date): string;
  dateTime(value: string | Date): string;
  /** The time of day alone (hours and minutes), for a day's list. */
  time(value: string | Date): string;
  /** "3 minutes ago"; falls back to the date past a week. */
  relative(value: string | Date, now?: Date): string;
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
];

export function formattersFor(language: string): Formatters {
  const tag = intlLocale[isLocale(language) ? language : defaultLocale];
  const number = new Intl.NumberFormat(tag);
  const count = new Intl.NumberFormat(tag, { useGrouping: 'min2' });
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(tag, { calendar: 'gregory', dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(tag, { calendar: 'gregory', dateStyle: 'medium', timeStyle: 'medium' });
  const time = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit' });
  const relative = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
  return {
    number: (value) => number.format(value),
    count: (value) => count.format(value),
    score: (value, decimals = 1) => number.format(presentScore(value, decimals)),
    share: (fraction, decimals = 1) => number.format(presentScore(fraction * 100, decimals)),
    percent: (value) => percent.format(value / 100),
    fileSize(bytes) {
      const [unit, size] =
        bytes >= 1_000_000 ? (['megabyte', bytes / 1_000_000] as const) : (['kilobyte', Math.max(bytes / 1000, 0.1)] as const);
      return new Intl.NumberFormat(tag, { style: 'unit', unit, maximumFractionDigits: 1 }).format(size);
    },
    chart: (value) => (typeof value === 'number' ? number.format(value) : String(value ?? '')),
    date: (value) => date.format(new Date(value)),
    dateTime: (value) => dateTime.format(new Date(value)),
    time: (value) => time.format(new Date(value)),
    relative(value, now = new Date()) {
      let amount = (new Date(value).getTime() - now.getTime()) / 1000;
      for (const [unit, size] of units) {
        if (Math.abs(amount) < size) return relative.format(Math.round(amount), unit);
        amount /= size;
      }
      return date.format(new Date(value));
    },
  };
}

/** Locale-aware formatters that follow the language switch. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return useMemo(() => formattersFor(i18n.language), [i18n.language]);
}

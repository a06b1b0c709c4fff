import type { TFunction } from 'i18next';
import type { Locale } from '../../web/i18n/locale.ts';
import { formattersFor } from '../../web/i18n/format.ts';
import { translator } from '../mail/catalogue.ts';
import type { LeadershipDashboard } from '../improvement/leadership-dashboard.ts';
import type { PublicCycleResults } from '../results/public-results.ts';
import type { LeaderboardRow, PublishedCycle } from '../results/published-cycles.ts';

/** One table of an exported report: headings and cells already in the reader's language and digits. */
export interface ReportTable {
  heading: string;
  columns: string[];
  rows: string[][];
}

/** A report as a deck (or any other format) shows it: a title slide, then one table per section. */
export interface ReportContent {
  locale: Locale;
  title: string;
  subtitle: string;
  tables: ReportTable[];
}

type Bilingual = { ar: string; en: string };

/** The words and figures the pages use: the web's catalogue and its one formatting place. */
function wording(locale: Locale) {
  const t: TFunction = translator(locale);
  const f = formattersFor(locale);
  const tk = (key: string, options?: Record<string, unknown>) => t(`improvement:${key}`, options ?? {}) as string;
  const cycleLabel = (c: Pick<PublishedCycle, 'number' | 'year'>) => tk('rankings.cycleLabel', { number: c.number, year: c.year });
  const percent = (v: number) => `${f.score(v)}%`;
  const tier = (r: { tier: string | null; tierName: Bilingual | null }) =>
    r.tier === null ? tk('actions.notRated') : r.tierName ? r.tierName[locale] : tk(`rankings.tiers.${r.tier}`, { defaultValue: '—' });
  const change = (c: number | null) =>
    c === null
      ? tk('rankings.new')
      : c > 0
        ? tk('rankings.up', { count: c })
        : c < 0
          ? tk('rankings.down', { count: -c })
          : tk('rankings.same');
  return { tk, f, cycleLabel, percent, tier, change };
}

/** The published ranking of one cycle, as the rankings page lists it. */
export function rankingsContent(
  locale: Locale,
  cycle: PublishedCycle,
  rows: LeaderboardRow[],
  entityNames: Map<string, Bilingual>,
): ReportContent {
  const w = wording(locale);
  const name = (r: LeaderboardRow) =>
    r.nameAr !== null && r.nameEn !== null
      ? { ar: r.nameAr, en: r.nameEn }[locale]
      : (entityNames.get(r.subjectId)?.[locale] ?? r.subjectId);
  const subject = rows.some((r) => r.subjectKind === 'centre') ? w.tk('rankings.centre') : w.tk('rankings.entity');
  return {
    locale,
    title: w.tk('rankings.title'),
    subtitle: w.cycleLabel(cycle),
    tables: [
      {
        heading: w.tk('rankings.leaderboard'),
        columns: [w.tk('rankings.rank'), subject, w.tk('rankings.score'), w.tk('rankings.tier'), w.tk('rankings.change')],
        rows: rows.map((r) => [w.f.number(r.rank), name(r), w.percent(r.totalPercent), w.tier(r), w.change(r.change)]),
      },
    ],
  };
}

/** The public page's ranking of one closed cycle. */
export function transparencyContent(locale: Locale, results: PublicCycleResults): ReportContent {
  const w = wording(locale);
  return {
    locale,
    title: w.tk('transparency.title'),
    subtitle: w.cycleLabel(results.cycle),
    tables: [
      {
        heading: w.tk('rankings.leaderboard'),
        columns: [w.tk('rankings.rank'), w.tk('rankings.entity'), w.tk('rankings.score'), w.tk('rankings.tier'), w.tk('rankings.change')],
        rows: results.rows.map((r) => [w.f.number(r.rank), r.name[locale], w.percent(r.totalPercent), w.tier(r), w.change(r.change)]),
      },
    ],
  };
}

/** The leadership dashboard's sections, as its printable report holds them. */
export function dashboardContent(locale: Locale, d: LeadershipDashboard): ReportContent {
  const w = wording(locale);
  const name = (id: string) => d.names[id]?.[locale] ?? id;
  const ranked = (heading: string, list: LeadershipDashboard['topEntities']): ReportTable => ({
    heading,
    columns: [w.tk('rankings.rank'), w.tk('rankings.entity'), w.tk('rankings.score')],
    rows: list.map((e) => [w.f.number(e.rank), name(e.id), w.percent(e.score)]),
  });
  return {
    locale,
    title: w.tk('dashboard.title'),
    subtitle: `${d.cycle ? w.cycleLabel(d.cycle) : w.tk('dashboard.noCycle')} · ${w.tk('dashboard.asOf', { date: w.f.dateTime(d.asOf) })}`,
    tables: [
      ranked(w.tk('dashboard.top'), d.topEntities),
      ranked(w.tk('dashboard.bottom'), d.bottomEntities),
      {
        heading: w.tk('dashboard.tiers'),
        columns: [w.tk('rankings.tier'), w.tk('dashboard.count')],
        rows: d.tierDistribution.map((x) => [
          x.tier === null ? w.tk('dashboard.unrated') : (x.name?.[locale] ?? w.tk(`rankings.tiers.${x.tier}`, { defaultValue: '—' })),
          w.f.number(x.count),
        ]),
      },
      {
        heading: w.tk('dashboard.overdue'),
        columns: [w.tk('rankings.entity'), w.tk('actions.overdue'), w.tk('dashboard.oldestDue')],
        rows: d.overdueByEntity.slice(0, 10).map((o) => [name(o.entityId), w.f.number(o.count), w.f.date(o.oldestDueAt)]),
      },
      {
        heading: w.tk('dashboard.gaps'),
        columns: [w.tk('gaps.code'), w.tk('gaps.gap'), w.tk('rankings.entity'), w.tk('gaps.severity'), w.tk('dashboard.ageDays')],
        rows: d.largestOpenGaps.map((g) => [g.code, g.title, name(g.entityId), w.tk(`severity.${g.severity}`), w.f.number(g.ageDays)]),
      },
      {
        heading: w.tk('dashboard.underWay'),
        columns: [w.tk('dashboard.workshops'), w.tk('dashboard.journeys')],
        rows: [[w.f.number(d.workshopsUnderWay), w.f.number(d.journeysUnderWay)]],
      },
    ],
  };
}

import { sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import { publishedCycles } from '../results/published-cycles.ts';
import { defaultUtcOffsetMinutes } from '../../workflows/command-centre/windows.ts';

export interface CentreIndex {
  code: string;
  entityId: string;
  nameAr: string;
  nameEn: string;
  entityNameAr: string;
  entityNameEn: string;
  /** Share of post-service survey answers rated 4 or 5, 0–1; null without answers. */
  satisfactionIndex: number | null;
  surveyAnswers: number;
  /** Services delivered: the imported daily operations plus the live feed's completed tickets. */
  served: number;
  /** Minutes, weighted by transactions; null without data. */
  averageWaitMinutes: number | null;
  averageServiceMinutes: number | null;
  /** The centre's star rating in the last published (closed) cycle that rated it. */
  stars: number | null;
  starsCycleNumber: number | null;
}

export interface PublicIndices {
  month: string;
  months: string[];
  centres: CentreIndex[];
}

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
export const isMonth = (m: string) => monthPattern.test(m);

type Row = {
  centre_code: string;
  month: string;
  answers: number;
  satisfied: number;
  served: number;
  wait_sum: number;
  wait_n: number;
  service_sum: number;
  service_n: number;
};

/**
 * Each service centre's public indices for one month, all in SQL: the satisfaction index from the
 * imported post-service surveys, the performance indicators from the imported daily operations and
 * the live ticket feed, and the star rating from the last published cycle. Readable by anyone.
 */
export async function publicIndices(db: DB, month: string | undefined, now: Date): Promise<PublicIndices> {
  const offset = sql.raw(`interval '${defaultUtcOffsetMinutes} minutes'`);
  const monthly = sql<Row>`
    select centre_code, month, sum(answers)::int as answers, sum(satisfied)::int as satisfied, sum(served)::int as served,
           sum(wait_sum)::float8 as wait_sum, sum(wait_n)::int as wait_n, sum(service_sum)::float8 as service_sum, sum(service_n)::int as service_n
    from (
      select centre_code, substr(date, 1, 7) as month, count(*) as answers, count(*) filter (where satisfaction >= 4) as satisfied,
             0 as served, 0 as wait_sum, 0 as wait_n, 0 as service_sum, 0 as service_n
      from cx_survey_answers group by 1, 2
      union all
      select centre_code, substr(date, 1, 7), 0, 0, sum(transactions_served), sum(average_wait_minutes * transactions_served),
             sum(transactions_served), sum(average_service_minutes * transactions_served), sum(transactions_served)
      from cx_centre_operations group by 1, 2
      union all
      select centre_code, to_char(completed_at + ${offset}, 'YYYY-MM'), count(*) filter (where satisfaction is not null),
             count(*) filter (where satisfaction >= 4), count(*),
             coalesce(sum(extract(epoch from called_at - issued_at) / 60) filter (where called_at is not null and issued_at is not null), 0),
             count(*) filter (where called_at is not null and issued_at is not null),
             coalesce(sum(extract(epoch from completed_at - called_at) / 60) filter (where called_at is not null), 0),
             count(*) filter (where called_at is not null)
      from centre_tickets where completed_at is not null group by 1, 2
    ) as parts
    group by centre_code, month`;
  const rows = (await monthly.execute(db)).rows;
  const months = [...new Set(rows.map((r) => r.month))].sort().reverse();
  const current = new Date(now.getTime() + defaultUtcOffsetMinutes * 60_000).toISOString().slice(0, 7);
  const chosen = month ?? months[0] ?? current;
  const byCentre = new Map(rows.filter((r) => r.month === chosen).map((r) => [r.centre_code, r]));
  const [centres, stars] = await Promise.all([
    db
      .selectFrom('service_centres')
      .innerJoin('entities', 'entities.id', 'service_centres.entity_id')
      .select([
        'service_centres.id',
        'service_centres.code',
        'service_centres.name_ar',
        'service_centres.name_en',
        'entities.id as entity_id',
        'entities.name_ar as entity_name_ar',
        'entities.name_en as entity_name_en',
      ])
      .where('service_centres.active', '=', true)
      .orderBy('entities.code')
      .orderBy('service_centres.code')
      .execute(),
    centreStars(db),
  ]);
  const ratio = (n: number, d: number) => (d === 0 ? null : n / d);
  return {
    month: chosen,
    months,
    centres: centres.map((c) => {
      const r = byCentre.get(c.code);
      const s = stars.get(c.id);
      return {
        code: c.code,
        entityId: c.entity_id,
        nameAr: c.name_ar,
        nameEn: c.name_en,
        entityNameAr: c.entity_name_ar,
        entityNameEn: c.entity_name_en,
        satisfactionIndex: r ? ratio(r.satisfied, r.answers) : null,
        surveyAnswers: r?.answers ?? 0,
        served: r?.served ?? 0,
        averageWaitMinutes: r ? ratio(Number(r.wait_sum), r.wait_n) : null,
        averageServiceMinutes: r ? ratio(Number(r.service_sum), r.service_n) : null,
        stars: s?.stars ?? null,
        starsCycleNumber: s?.cycleNumber ?? null,
      };
    }),
  };
}

/** Each centre's stars in the latest closed cycle that rated it (an open cycle is not public yet). */
async function centreStars(db: DB): Promise<Map<string, { stars: number; cycleNumber: number }>> {
  const closed = (await publishedCycles(db)).filter((c) => c.closed).map((c) => c.id);
  if (closed.length === 0) return new Map();
  const rows = await db
    .selectFrom('published_results')
    .select(['subject_id', 'stars', 'cycle_number', 'published_at'])
    .where('subject_kind', '=', 'centre')
    .where('stars', 'is not', null)
    .where('cycle_id', 'in', closed)
    .orderBy('published_at', 'desc')
    .execute();
  const out = new Map<string, { stars: number; cycleNumber: number }>();
  for (const r of rows) if (!out.has(r.subject_id)) out.set(r.subject_id, { stars: r.stars!, cycleNumber: r.cycle_number });
  return out;
}

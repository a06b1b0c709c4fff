import { sql } from 'kysely';
import type { DB } from '../db/schema.ts';

export interface ComplaintHit {
  id: string;
  serviceCode: string;
  channel: string;
  date: string;
  category: string;
  text: string;
}

export interface ComplaintSearch {
  /** Words in the text, a category, or a complaint number. */
  query: string;
  category: string | null;
  /** Always returned (the picker shows what is already linked), whatever the query. */
  ids: string[];
  limit: number;
}

/**
 * The complaints about a journey's services that match a search, newest first, with the
 * total matched, so the root-cause form can pick specific complaints among thousands.
 */
export async function searchComplaints(
  db: DB,
  serviceCodes: readonly string[],
  search: ComplaintSearch,
): Promise<{ total: number; hits: ComplaintHit[]; selected: ComplaintHit[] }> {
  const codes = serviceCodes.length > 0 ? [...serviceCodes] : [''];
  let q = db.selectFrom('cx_complaints').where('service_code', 'in', codes);
  const words = search.query.trim();
  if (words) {
    const like = `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const asId = /^#?\d{1,18}$/.test(words) ? words.replace('#', '') : null;
    q = q.where((eb) =>
      eb.or([eb('text', 'ilike', like), eb('category', 'ilike', like), ...(asId ? [eb(sql<string>`id::text`, '=', asId)] : [])]),
    );
  }
  if (search.category) q = q.where('category', '=', search.category);
  const [count, rows, selected] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    q
      .select(['id', 'service_code', 'channel', 'date', 'category', 'text'])
      .orderBy('date', 'desc')
      .orderBy('id', 'desc')
      .limit(search.limit)
      .execute(),
    search.ids.length > 0
      ? db
          .selectFrom('cx_complaints')
          .select(['id', 'service_code', 'channel', 'date', 'category', 'text'])
          .where('service_code', 'in', codes)
          .where(sql<string>`id::text`, 'in', search.ids)
          .execute()
      : Promise.resolve([]),
  ]);
  const hit = (r: (typeof rows)[number]): ComplaintHit => ({
    id: String(r.id),
    serviceCode: r.service_code,
    channel: r.channel,
    date: r.date,
    category: r.category,
    text: r.text,
  });
  return { total: Number(count.n), hits: rows.map(hit), selected: selected.map(hit) };
}

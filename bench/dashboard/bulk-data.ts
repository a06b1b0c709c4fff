import { sql } from 'kysely';
import type { DB } from '../../api/db/schema.ts';

export interface BulkSize {
  entities: number;
  actions: number;
  gaps: number;
}

/**
 * Programme-scale data written straight with set-based SQL (the engine would take minutes
 * for 50,000 starts): entities, two published cycles with criterion scores, one plan per
 * entity, action instances with their read-model rows (a fifth of them overdue), open gaps,
 * and some running assessment, workshop and journey instances.
 */
export async function loadBulkData(db: DB, size: BulkSize): Promise<void> {
  const { entities, actions, gaps } = size;
  await sql`insert into entities (id, code, name_ar, name_en, type, sector, delivers_services)
    select 'bench-ent-' || g, 'B' || g, 'جهة ' || g, 'Entity ' || g, 'authority', 'government', true
    from generate_series(1, ${entities}) g`.execute(db);
  for (const [cycle, number, year] of [
    ['bench-cycle-1', 1, 2024],
    ['bench-cycle-2', 2, 2025],
  ] as const) {
    await sql`insert into published_results (cycle_id, cycle_number, cycle_year, framework_code, framework_version, subject_kind, subject_id, entity_id,
        total_points, max_points, total_percent, maturity_code, stars, tier, rank, previous_rank, published_at)
      select ${cycle}, ${number}, ${year}, 'bench-fw', 1, 'entity', e.id, e.id, e.pct * 10, 1000, e.pct, null,
        1 + floor(e.pct / 15)::int, null, rank() over (order by e.pct desc),
        case when ${number} = 1 then null else 1 + ((e.n * 7919) % ${entities}) end, now()
      from (select 'bench-ent-' || g as id, g as n, (g * 37 + ${number} * 11) % 100 + 0.5 as pct from generate_series(1, ${entities}) g) e`.execute(
      db,
    );
    // One document of node scores per entity (published_node_scores unfolds them).
    await sql`insert into published_node_documents (cycle_id, subject_id, nodes)
      select ${cycle}, 'bench-ent-' || g, json_agg(json_build_array(p || '.' || c, p::text, 1, (g * c + p) % 100, ((g * c + p) % 100) * 0.9, 90))
      from generate_series(1, ${entities}) g, generate_series(1, 4) p, generate_series(1, 3) c group by g`.execute(db);
  }
  await sql`insert into action_plans (id, entity_id, title, origin, created_at)
    select 'bench-plan-' || g, 'bench-ent-' || g, 'Plan ' || g, 'manual', now() from generate_series(1, ${entities}) g`.execute(db);
  await sql`insert into workflow_instances (id, kind, machine_version, entity_id, state, snapshot, version, created_by, created_at, updated_at)
    select 'bench-act-' || g, 'improvement_action', 1, 'bench-ent-' || (1 + g % ${entities}), 'open.deadline.on_time|open.work.in_progress',
      '{"status":"active"}'::jsonb, 3, null, now(), now()
    from generate_series(1, ${actions}) g`.execute(db);
  await sql`insert into actions (id, code, plan_id, parent_action_id, entity_id, owner_id, title, due_at, status, progress, weight, escalation_level, updated_at)
    select 'bench-act-' || g, 'BA-' || g, 'bench-plan-' || (1 + g % ${entities}), null, 'bench-ent-' || (1 + g % ${entities}), null, 'Action ' || g,
      now() + ((g % 10) - 2) * interval '30 days',
      (array['draft','approved','in_progress','done','verified'])[1 + g % 5], g % 100, 1, 0, now()
    from generate_series(1, ${actions}) g`.execute(db);
  await sql`insert into gaps (id, code, title, description, entity_id, criterion_code, severity, owner_id, status, merged_into_id, cycle_id, raised_at, closed_at)
    select 'bench-gap-' || g, 'BG-' || g, 'Gap ' || g, '', 'bench-ent-' || (1 + g % ${entities}), (1 + g % 4) || '.' || (1 + g % 3),
      (array['low','medium','high','critical'])[1 + g % 4], null, (array['open','in_progress','closed'])[1 + g % 3], null, 'bench-cycle-2',
      now() - (g % 400) * interval '1 day', null
    from generate_series(1, ${gaps}) g`.execute(db);
  await sql`insert into workflow_instances (id, kind, machine_version, entity_id, state, snapshot, version, created_by, created_at, updated_at)
    select 'bench-' || k || '-' || g, k, 1, 'bench-ent-' || (1 + g % ${entities}),
      (array['self_assessment','independent_scoring','consensus','moderation','published'])[1 + g % 5], '{"status":"active"}'::jsonb, 1, null, now(), now()
    from generate_series(1, 200) g, unnest(array['excellence_assessment','workshop','journey_reengineering']) k`.execute(db);
  await sql`analyze`.execute(db);
}

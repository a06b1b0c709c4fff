import { sql, type Kysely } from 'kysely';

/**
 * Node scores become one document per published subject: [[node, pillar, depth, percent,
 * points, max points], ...]. A cycle of a thousand entities publishes a thousand rows instead
 * of sixty-six thousand index entries. `published_node_scores` stays, as a view that unfolds
 * the documents, so rankings, heat maps, reports and exports query it as before. `json`, not
 * `jsonb`: the numbers stay the doubles' own text (no numeric conversion on write or read).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('published_node_documents')
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('nodes', 'json', (c) => c.notNull())
    .addPrimaryKeyConstraint('published_node_documents_pk', ['cycle_id', 'subject_id'])
    .execute();
  await sql`insert into published_node_documents (cycle_id, subject_id, nodes)
    select cycle_id, subject_id, json_agg(json_build_array(node_code, pillar_code, depth, percent, points, max_points) order by node_code)
    from published_node_scores group by cycle_id, subject_id`.execute(db);
  await db.schema.dropTable('published_node_scores').execute();
  await sql`create view published_node_scores as
    select d.cycle_id, d.subject_id, n->>0 as node_code, n->>1 as pillar_code, (n->>2)::integer as depth,
      (n->>3)::double precision as percent, (n->>4)::double precision as points, (n->>5)::double precision as max_points
    from published_node_documents d cross join lateral json_array_elements(d.nodes) as n`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`create table published_node_scores_rows as select * from published_node_scores`.execute(db);
  await sql`drop view published_node_scores`.execute(db);
  await db.schema.dropTable('published_node_documents').execute();
  await sql`alter table published_node_scores_rows rename to published_node_scores`.execute(db);
  for (const column of ['cycle_id', 'subject_id', 'node_code', 'pillar_code', 'depth', 'percent', 'points', 'max_points'])
    await sql`alter table published_node_scores alter column ${sql.ref(column)} set not null`.execute(db);
  await sql`alter table published_node_scores add constraint published_node_scores_pk primary key (cycle_id, subject_id, node_code)`.execute(
    db,
  );
}

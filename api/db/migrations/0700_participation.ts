import { sql, type Kysely } from 'kysely';

/**
 * Public e-participation: consultations (a workflow's read model), their files, moderated
 * contributions and reports, one ballot per voter (a unique key, not a check), e-mail codes,
 * the published response with its linked gaps, and the rate-limit windows.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('consultations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entity_id', 'text', (c) => c.references('entities.id'))
    .addColumn('subject_kind', 'text', (c) =>
      c.notNull().check(sql`subject_kind in ('policy', 'draft_regulation', 'service', 'life_event_bundle')`),
    )
    .addColumn('subject_ref', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('title_ar', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('body_ar', 'text', (c) => c.notNull())
    .addColumn('body_en', 'text', (c) => c.notNull())
    .addColumn('identification', 'text', (c) => c.notNull().check(sql`identification in ('anonymous', 'signed_in', 'verified_email')`))
    .addColumn('results_visibility', 'text', (c) => c.notNull().check(sql`results_visibility in ('after_vote', 'after_close')`))
    .addColumn('comments_enabled', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('questions', 'jsonb', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('opens_at', 'timestamptz', (c) => c.notNull())
    .addColumn('closes_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('consultations_phase_idx').on('consultations').columns(['phase', 'closes_at']).execute();
  await db.schema
    .createTable('consultation_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('consultation_id', 'text', (c) => c.notNull().references('consultations.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('consultation_contributions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('consultation_id', 'text', (c) => c.notNull().references('consultations.id'))
    .addColumn('author_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'published', 'hidden')`))
    .addColumn('hidden_reason', 'text')
    .addColumn('moderated_by', 'text', (c) => c.references('users.id'))
    .addColumn('moderated_at', 'timestamptz')
    .addColumn('reports', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('consultation_contributions_queue_idx')
    .on('consultation_contributions')
    .columns(['consultation_id', 'status', 'created_at'])
    .execute();
  await db.schema
    .createTable('consultation_reports')
    .addColumn('contribution_id', 'text', (c) => c.notNull().references('consultation_contributions.id'))
    .addColumn('reporter_key', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('consultation_reports_pk', ['contribution_id', 'reporter_key'])
    .execute();
  await db.schema
    .createTable('consultation_ballots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('consultation_id', 'text', (c) => c.notNull().references('consultations.id'))
    .addColumn('voter_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('consultation_ballots_one_per_voter', ['consultation_id', 'voter_key'])
    .execute();
  await db.schema
    .createTable('consultation_answers')
    .addColumn('ballot_id', 'text', (c) => c.notNull().references('consultation_ballots.id'))
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('option_id', 'text')
    .addColumn('rating', 'integer')
    .addColumn('text_value', 'text')
    .execute();
  await db.schema.createIndex('consultation_answers_ballot_idx').on('consultation_answers').column('ballot_id').execute();
  await db.schema
    .createTable('consultation_email_codes')
    .addColumn('consultation_id', 'text', (c) => c.notNull().references('consultations.id'))
    .addColumn('email_hash', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('token_hash', 'text', (c) => c.unique())
    .addColumn('token_expires_at', 'timestamptz')
    .addPrimaryKeyConstraint('consultation_email_codes_pk', ['consultation_id', 'email_hash'])
    .execute();
  await db.schema
    .createTable('consultation_responses')
    .addColumn('consultation_id', 'text', (c) => c.primaryKey().references('consultations.id'))
    .addColumn('heard_ar', 'text', (c) => c.notNull())
    .addColumn('heard_en', 'text', (c) => c.notNull())
    .addColumn('will_do_ar', 'text', (c) => c.notNull())
    .addColumn('will_do_en', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('published_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('consultation_response_gaps')
    .addColumn('consultation_id', 'text', (c) => c.notNull().references('consultations.id'))
    .addColumn('gap_id', 'text', (c) => c.notNull().references('gaps.id'))
    .addPrimaryKeyConstraint('consultation_response_gaps_pk', ['consultation_id', 'gap_id'])
    .execute();
  await db.schema
    .createTable('participation_rate_windows')
    .addColumn('bucket', 'text', (c) => c.primaryKey())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addColumn('window_started_at', 'timestamptz', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'participation_rate_windows',
    'consultation_response_gaps',
    'consultation_responses',
    'consultation_email_codes',
    'consultation_answers',
    'consultation_ballots',
    'consultation_reports',
    'consultation_contributions',
    'consultation_attachments',
    'consultations',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

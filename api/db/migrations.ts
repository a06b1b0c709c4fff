import type { Migration } from 'kysely/migration';
import { engineMigrations } from '../../engine/migrations/index.ts';
import * as m0100 from './migrations/0100_accounts.ts';
import * as m0150 from './migrations/0150_improvement_register.ts';
import * as m0160 from './migrations/0160_published_results.ts';
import * as m0300 from './migrations/0300_bundles.ts';
import * as m0301 from './migrations/0301_workshops.ts';
import * as m0302 from './migrations/0302_workshop_joins.ts';
import * as m0400 from './migrations/0400_journeys.ts';
import * as m0410 from './migrations/0410_cx_import_jobs.ts';
import * as m0200 from './migrations/0200_excellence.ts';
import * as m0210 from './migrations/0210_excellence_composite_sources.ts';
import * as m0500 from './migrations/0500_improvement_plans.ts';
import * as m0510 from './migrations/0510_action_uplifts.ts';
import * as m0520 from './migrations/0520_gap_search_text.ts';
import * as m0530 from './migrations/0530_account_hardening.ts';
import * as m0860 from './migrations/0860_published_node_documents_storage.ts';
import * as m0650 from './migrations/0650_session_change_notices.ts';
import * as m0600 from './migrations/0600_admin_changes.ts';
import * as m0601 from './migrations/0601_user_roles.ts';
import * as m0602 from './migrations/0602_people.ts';
import * as m0630 from './migrations/0630_mail_outbox.ts';
import * as m0631 from './migrations/0631_oidc_sign_in.ts';
import * as m0632 from './migrations/0632_self_assessment_reminders.ts';
import * as m0640 from './migrations/0640_api_tokens.ts';
import * as m0660 from './migrations/0660_published_node_documents.ts';
import * as m0780 from './migrations/0780_evidence_library.ts';
import * as m0610 from './migrations/0610_reference_administration.ts';
import * as m0700 from './migrations/0700_participation.ts';
import * as m0740 from './migrations/0740_mystery_shopper.ts';
import * as m0720 from './migrations/0720_command_centre.ts';

/** Every migration of the product, engine first; domain migrations are numbered 0100 and up. */
export const allMigrations: Record<string, Migration> = {
  ...engineMigrations,
  '0100_accounts': m0100,
  '0150_improvement_register': m0150,
  '0160_published_results': m0160,
  '0300_bundles': m0300,
  '0301_workshops': m0301,
  '0302_workshop_joins': m0302,
  '0400_journeys': m0400,
  '0410_cx_import_jobs': m0410,
  '0200_excellence': m0200,
  '0210_excellence_composite_sources': m0210,
  '0500_improvement_plans': m0500,
  '0510_action_uplifts': m0510,
  '0520_gap_search_text': m0520,
  '0530_account_hardening': m0530,
  '0600_admin_changes': m0600,
  '0601_user_roles': m0601,
  '0602_people': m0602,
  '0630_mail_outbox': m0630,
  '0631_oidc_sign_in': m0631,
  '0632_self_assessment_reminders': m0632,
  '0640_api_tokens': m0640,
  '0660_published_node_documents': m0660,
  '0610_reference_administration': m0610,
  '0650_session_change_notices': m0650,
  '0780_evidence_library': m0780,
  '0700_participation': m0700,
  '0740_mystery_shopper': m0740,
  '0720_command_centre': m0720,
  '0860_published_node_documents_storage': m0860,
};

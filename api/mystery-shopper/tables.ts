import type { JSONColumnType } from 'kysely';
import type { Timestamp } from '../../engine/db/schema.ts';
import type { ChecklistItem } from '../../workflows/mystery-shopper/checklist.ts';
import type { ShopperChannel } from '../../workflows/mystery-shopper/profile.ts';
import type { Shortfall } from '../../workflows/mystery-shopper/visit-plan.ts';
import type { VisitReport } from '../../workflows/mystery-shopper/visit-machine.ts';

/** A person in the shopper pool (a user with the mystery_shopper role): who they can pass for, when they are free. */
export interface MysteryShoppersTable {
  user_id: string;
  nationality_group: string;
  age_band: string;
  gender: string;
  language: string;
  disability: boolean;
  /** ISO weekdays the shopper can visit. */
  weekdays: JSONColumnType<number[], string, string>;
  max_visits: number;
  /** Entities the shopper is related to, beside the one they work for (their grant's entity). */
  related_entity_ids: JSONColumnType<string[], string, string>;
  updated_at: Timestamp;
}

export interface MysteryScenariosTable {
  id: string;
  code: string;
  channel: ShopperChannel;
  service_ar: string;
  service_en: string;
  persona_ar: string;
  persona_en: string;
  checklist: JSONColumnType<ChecklistItem[], string, string>;
  created_at: Timestamp;
}

export interface MysteryPeriodsTable {
  id: string;
  name_ar: string;
  name_en: string;
  starts_on: string;
  ends_on: string;
  seed: number;
  /** The centre-rating cycle whose composite the period's scores feed; null feeds none. */
  cycle_id: string | null;
  shortfalls: JSONColumnType<Shortfall[], string, string>;
  planned_at: Timestamp | null;
  /** Set when the programme publishes the period's results in the annual report. */
  published_at: Timestamp | null;
  created_by: string;
  created_at: Timestamp;
}

export interface MysteryQuotasTable {
  period_id: string;
  centre_id: string;
  channel: ShopperChannel;
  scenario_id: string;
  visits: number;
  announced: boolean;
}

/** Read model of a `mystery_shopper_visit` workflow instance (same id), written in its transitions. */
export interface MysteryVisitsTable {
  id: string;
  period_id: string;
  centre_id: string;
  entity_id: string;
  channel: ShopperChannel;
  scenario_id: string;
  shopper_id: string;
  planned_on: string;
  announced: boolean;
  state: string;
  report: JSONColumnType<VisitReport, string, string> | null;
  score: number | null;
  submission_key: string | null;
  submitted_at: Timestamp | null;
  return_reason: string | null;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
}

export interface MysteryVisitPhotosTable {
  id: string;
  visit_id: string;
  client_key: string;
  file_name: string;
  mime_type: string;
  size_bytes: number;
  content: Buffer;
  created_by: string;
  created_at: Timestamp;
}

export interface MysteryShopperTables {
  mystery_shoppers: MysteryShoppersTable;
  mystery_scenarios: MysteryScenariosTable;
  mystery_periods: MysteryPeriodsTable;
  mystery_quotas: MysteryQuotasTable;
  mystery_visits: MysteryVisitsTable;
  mystery_visit_photos: MysteryVisitPhotosTable;
}

import type { JSONColumnType } from 'kysely';
import type { Timestamp } from '../../engine/db/schema.ts';
import type { JourneyMap, JourneyMapVersion } from '../../workflows/journeys/journey-map.ts';
import type { MeasurementRecord } from '../../workflows/journeys/journey-baseline.ts';
import type { ImprovementMetric } from '../../workflows/journeys/improvement.ts';
import type { RootCause } from '../../workflows/journeys/root-cause.ts';
import type { Opportunity } from '../../workflows/journeys/opportunity.ts';
import type { StepChange } from '../../workflows/journeys/journey-diff.ts';

/** A priority journey; its phase is the workflow instance with the same id. */
export interface JourneysTable {
  id: string;
  /** Stable readable key such as `newborn`; the maps' journeyId. */
  key: string;
  entity_id: string;
  title_ar: string;
  title_en: string;
  service_codes: JSONColumnType<string[]>;
  /** Targets promised beyond what the to-be map implies (satisfaction, complaint rate...). */
  promised: JSONColumnType<Partial<Record<ImprovementMetric, number>>>;
  created_at: Timestamp;
}

export interface JourneyMapsTable {
  journey_id: string;
  version: JourneyMapVersion;
  map: JSONColumnType<JourneyMap>;
  saved_by: string | null;
  saved_at: Timestamp;
  /** Set when the phase that used the version is over; a frozen version is never edited. */
  frozen_at: Timestamp | null;
}

export interface JourneyMeasurementsTable {
  id: string;
  journey_id: string;
  purpose: 'baseline' | 'remeasurement';
  record: JSONColumnType<MeasurementRecord>;
  measured_at: Timestamp;
}

export interface JourneyRootCausesTable {
  journey_id: string;
  id: string;
  record: JSONColumnType<RootCause>;
}

export interface JourneyOpportunitiesTable {
  journey_id: string;
  id: string;
  record: JSONColumnType<Opportunity>;
}

export interface JourneyGapsTable {
  journey_id: string;
  change_key: string;
  gap_id: string;
  change: JSONColumnType<StepChange>;
}

export interface JourneyPlanItemsTable {
  journey_id: string;
  id: string;
  plan_id: string;
  title: string;
  owner_id: string | null;
  milestone: string;
  due_date: string;
  change_keys: JSONColumnType<string[]>;
  opportunity_ids: JSONColumnType<string[]>;
}

export interface JourneyTables {
  journeys: JourneysTable;
  journey_maps: JourneyMapsTable;
  journey_measurements: JourneyMeasurementsTable;
  journey_root_causes: JourneyRootCausesTable;
  journey_opportunities: JourneyOpportunitiesTable;
  journey_gaps: JourneyGapsTable;
  journey_plan_items: JourneyPlanItemsTable;
}

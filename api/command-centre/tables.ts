import type { Timestamp } from '../../engine/db/schema.ts';

/** One pushed or imported ticket event, as sent (see workflows/command-centre/ticket-event.ts). */
export interface CentreEventsTable {
  entity_id: string;
  external_id: string;
  centre_code: string;
  counter: string | null;
  service_code: string | null;
  channel: string;
  ticket: string;
  event: 'issued' | 'called' | 'completed' | 'abandoned';
  at: Timestamp;
  satisfaction: number | null;
  batch_id: string;
  received_at: Timestamp;
}

/** A ticket's events folded into its times: the windows are summed from these rows. */
export interface CentreTicketsTable {
  entity_id: string;
  centre_code: string;
  ticket: string;
  counter: string | null;
  service_code: string | null;
  channel: string;
  issued_at: Timestamp | null;
  called_at: Timestamp | null;
  completed_at: Timestamp | null;
  abandoned_at: Timestamp | null;
  satisfaction: number | null;
  last_at: Timestamp;
}

export interface CentreThresholdsTable {
  id: string;
  scope_kind: 'centre' | 'channel';
  centre_code: string | null;
  channel: string | null;
  metric: string;
  window: string;
  comparison: 'above' | 'below';
  target: number;
  sustain_minutes: number;
  escalate_after_minutes: number;
  created_by: string | null;
  created_at: Timestamp;
}

export interface CentreBreachesTable {
  threshold_id: string;
  centre_code: string;
  since: Timestamp;
}

/** The read model of each `centre_alert` workflow instance (id = instance id). */
export interface CentreAlertsTable {
  id: string;
  threshold_id: string;
  entity_id: string;
  centre_code: string;
  metric: string;
  window: string;
  comparison: string;
  target: number;
  value: number;
  status: 'open' | 'escalated' | 'resolved';
  level: number;
  acknowledged_by: string | null;
  gap_id: string | null;
  raised_at: Timestamp;
  resolved_at: Timestamp | null;
}

export interface CommandCentreTables {
  centre_events: CentreEventsTable;
  centre_tickets: CentreTicketsTable;
  centre_thresholds: CentreThresholdsTable;
  centre_breaches: CentreBreachesTable;
  centre_alerts: CentreAlertsTable;
}

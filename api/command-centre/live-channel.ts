/** The LISTEN/NOTIFY channel every committed batch of ticket events is announced on. */
export const centreEventsChannel = 'tamayuz_centre_events';

/** What a notice says: whose centres changed, and the first external id of the batch (the bench's marker). */
export interface CentreEventsNotice {
  entities: string[];
  marker: string;
}

import type { DB } from '../db/schema.ts';
import { loadWorkshop, type WorkshopRecord } from './workshop-record.ts';

const inFlight = new Map<string, Promise<WorkshopRecord | undefined>>();

/**
 * Loads a workshop for live subscribers, sharing one read among every subscriber woken by
 * the same commit (50 phones in a room would otherwise read the same row 50 times). A
 * shared read older than the event the caller was woken for is not good enough: then it
 * reads again, so nobody is handed a board from before the change it is waiting for.
 */
export async function loadWorkshopAtLeast(db: DB, id: string, minVersion: number): Promise<WorkshopRecord | undefined> {
  for (let attempt = 0; attempt < 3; attempt++) {
    let pending = inFlight.get(id);
    if (!pending) {
      pending = loadWorkshop(db, id).finally(() => inFlight.delete(id));
      inFlight.set(id, pending);
    }
    const record = await pending;
    if (!record || record.version >= minVersion) return record;
  }
  return loadWorkshop(db, id);
}

import { expressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { Database } from '../db/schema.ts';
import { openActionStatuses } from '../../workflows/improvement/action-status.ts';

/**
 * `isOverdue` (workflows/improvement/overdue.ts) in SQL, over the `actions` table: an open
 * action whose due moment is at or before `asOf`. `asOf` is the application's clock, so the
 * list, the plan counts and the dashboard agree with the pure rule and with injected clocks.
 */
export function overdueActions(asOf: Date): Expression<SqlBool> {
  const eb = expressionBuilder<Database, 'actions'>();
  return eb.and([eb('actions.status', 'in', [...openActionStatuses]), eb('actions.due_at', '<=', asOf)]);
}

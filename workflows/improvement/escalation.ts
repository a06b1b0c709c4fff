import type { Role } from '../roles.ts';
import type { EscalationLevel } from './action-machine.ts';

/** Who hears about an overdue action: a role, either within one entity or programme-wide. */
export interface EscalationRecipient {
  role: Role;
  scope: { kind: 'entity'; entityId: string } | { kind: 'programme' };
}

export interface EscalationNotice {
  level: Exclude<EscalationLevel, 0>;
  /** i18n key of the notice text. */
  messageKey: string;
  recipients: EscalationRecipient[];
}

/**
 * Level 1 stays inside the entity; level 2 goes up to the programme manager and keeps
 * the coordinator informed, so the entity is never surprised by its own escalation.
 */
export function escalationRecipients(level: EscalationLevel, entityId: string): EscalationRecipient[] {
  const coordinator: EscalationRecipient = { role: 'entity_coordinator', scope: { kind: 'entity', entityId } };
  switch (level) {
    case 0:
      return [];
    case 1:
      return [coordinator];
    case 2:
      return [{ role: 'programme_manager', scope: { kind: 'programme' } }, coordinator];
  }
}

/**
 * The notices owed when an action's level moves from `before` to `after`. A timer that
 * fires late (say after a restart) can cross both levels in one step; each is sent.
 */
export function escalationNotices(before: EscalationLevel, after: EscalationLevel, entityId: string): EscalationNotice[] {
  const notices: EscalationNotice[] = [];
  for (let level = before + 1; level <= after; level++) {
    const l = level as 1 | 2;
    notices.push({ level: l, messageKey: `improvement.escalation.level${l}`, recipients: escalationRecipients(l, entityId) });
  }
  return notices;
}

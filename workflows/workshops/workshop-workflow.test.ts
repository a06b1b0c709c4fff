import { describe, it, expect } from 'vitest';
import { initialTransition } from 'xstate';
import type { Actor } from '../../engine/workflow/actor.ts';
import type { InstanceRef } from '../../engine/workflow/definition.ts';
import { workshopWorkflow } from './workshop-workflow.ts';
import { customerVoiceTemplate, workshopInputFromTemplate } from './workshop-templates.ts';

const input = {
  ...workshopInputFromTemplate(customerVoiceTemplate, {
    workshopId: 'w1',
    title: { en: 'x', ar: 'س' },
    facilitatorId: 'fac',
    bundleId: null,
  }),
  participants: [
    { id: 'c1', kind: 'customer' as const, entityId: null, name: 'C1', removed: false },
    { id: 'c2', kind: 'customer' as const, entityId: null, name: 'C2', removed: true },
  ],
};
const [snapshot] = initialTransition(workshopWorkflow.machine, {
  ...input,
  $actor: { id: 'fac', roles: ['facilitator'], entityId: null },
  $at: '2026-11-25T09:00:00.000Z',
});
const instance: InstanceRef = { id: 'i', kind: 'workshop', entityId: null, state: 'planned', version: 1 };
const actor = (id: string, role: string): Actor => ({ id, label: id, roles: [role], entityId: null });

function permitted(type: string, who: Actor): boolean {
  const permission = workshopWorkflow.events[type]!.permission;
  if (!who.roles.some((r) => permission.roles.includes(r))) return false;
  return permission.allow?.({ actor: who, instance, snapshot, payload: {} }) ?? true;
}

describe('workshop workflow permissions', () => {
  it('phase control is for this workshop’s facilitator only', () => {
    expect(permitted('ADVANCE', actor('fac', 'facilitator'))).toBe(true);
    expect(permitted('ADVANCE', actor('other-fac', 'facilitator'))).toBe(false);
    expect(permitted('LOCK_VOTING', actor('c1', 'participant'))).toBe(false);
  });

  it('contributions are for members of this workshop who were not removed', () => {
    expect(permitted('ADD_NOTE', actor('c1', 'participant'))).toBe(true);
    expect(permitted('ADD_NOTE', actor('c2', 'participant'))).toBe(false); // removed
    expect(permitted('CAST_VOTE', actor('c9', 'participant'))).toBe(false); // not invited here
    expect(permitted('ADD_NOTE', actor('c1', 'leadership'))).toBe(false); // wrong role
  });

  it('validates payloads: short texts, score range, dates', () => {
    const { events } = workshopWorkflow;
    expect(events.ADD_NOTE!.payload.safeParse({ text: 'x'.repeat(281), lane: 'pain' }).success).toBe(false);
    expect(events.SCORE_IDEA!.payload.safeParse({ ideaId: 'i1', customerValue: 6, governmentValue: 1, effort: 1 }).success).toBe(false);
    expect(events.EXTEND_PHASE!.payload.safeParse({ minutes: 0 }).success).toBe(false);
    const commitment = {
      entityId: 'MOI',
      action: 'a',
      owner: 'o',
      dueDate: '2027-02-30',
      dependsOn: [],
      dependencyKind: null,
      ideaId: null,
    };
    expect(events.ADD_COMMITMENT!.payload.safeParse(commitment).success).toBe(false);
    expect(events.ADD_COMMITMENT!.payload.safeParse({ ...commitment, dueDate: '2027-02-28' }).success).toBe(true);
  });

  it('the start input schema accepts a template-built workshop', () => {
    expect(workshopWorkflow.start.input.safeParse(input).success).toBe(true);
  });
});

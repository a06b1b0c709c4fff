import { describe, it, expect } from 'vitest';
import { initialTransition, transition } from 'xstate';
import type { Actor } from '../../engine/workflow/actor.ts';
import type { InstanceRef } from '../../engine/workflow/definition.ts';
import { stateLabel } from '../../engine/workflow/state-label.ts';
import { actionMachine } from './action-machine.ts';
import { actionWorkflow } from './action-workflow.ts';

const [draft] = initialTransition(actionMachine, {
  actionId: 'a',
  entityId: 'moi',
  ownerId: 'u',
  title: 't',
  dueAt: '2026-06-10T00:00:00Z',
});
const [approved] = transition(actionMachine, draft, {
  type: 'APPROVE',
  $actor: { id: 'pm', roles: ['programme_manager'], entityId: null },
  $at: '2026-06-01T00:00:00Z',
});
const actor = (roles: string[], entityId: string | null): Actor => ({ id: 'x', label: 'x', roles, entityId });
const instance = (state: string): InstanceRef => ({ id: 'i', kind: 'improvement_action', entityId: 'moi', state, version: 1 });

describe('action workflow permissions', () => {
  it('declares a permission and payload for every event the machine handles', () => {
    const handled = new Set(actionMachine.events.filter((e) => !e.startsWith('xstate.')));
    expect(new Set(Object.keys(actionWorkflow.events))).toEqual(handled);
  });
  it('gives approval, verification and extension to the programme manager only', () => {
    for (const type of ['APPROVE', 'VERIFY', 'EXTEND_DUE', 'SEND_BACK'] as const) {
      expect(actionWorkflow.events[type]?.permission.roles).toEqual(['programme_manager']);
    }
  });
  it('gives progress to the coordinator of the owning entity', () => {
    for (const type of ['START', 'UPDATE_PROGRESS', 'COMPLETE'] as const) {
      expect(actionWorkflow.events[type]?.permission).toEqual({ roles: ['entity_coordinator'], scope: 'entity' });
    }
  });
  it('never lets leadership send an event or start an action', () => {
    for (const spec of Object.values(actionWorkflow.events)) expect(spec.permission.roles).not.toContain('leadership');
    expect(actionWorkflow.start.permission.roles).not.toContain('leadership');
  });
  it("lets a coordinator cancel only their own entity's draft", () => {
    const allow = actionWorkflow.events.CANCEL?.permission.allow;
    if (!allow) throw new Error('cancel needs an allow rule');
    const check = (a: Actor, snap: typeof draft) =>
      allow({ actor: a, instance: instance(stateLabel(snap.value)), snapshot: snap, payload: { reason: 'r' } });
    expect(check(actor(['entity_coordinator'], 'moi'), draft)).toBe(true);
    expect(check(actor(['entity_coordinator'], 'moh'), draft)).toBe(false);
    expect(check(actor(['entity_coordinator'], 'moi'), approved)).toBe(false);
    expect(check(actor(['programme_manager'], null), approved)).toBe(true);
  });
  it("lets only the owning entity's coordinator start an action", () => {
    expect(actionWorkflow.start.permission).toEqual({ roles: ['entity_coordinator'], scope: 'entity' });
  });
  it('validates payloads as the form does', () => {
    const p = actionWorkflow.events.UPDATE_PROGRESS?.payload;
    expect(p?.safeParse({ progress: 55 }).success).toBe(true);
    expect(p?.safeParse({ progress: 101 }).success).toBe(false);
    expect(p?.safeParse({ progress: 5.5 }).success).toBe(false);
    expect(actionWorkflow.events.CANCEL?.payload.safeParse({ reason: '  ' }).success).toBe(false);
  });
});

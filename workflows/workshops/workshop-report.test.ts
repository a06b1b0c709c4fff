import { describe, it, expect } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { newBabyBundle } from '../../seeds/bundles/new-baby.ts';
import { workshopMachine, type WorkshopContext } from './workshop-machine.ts';
import { workshopReport } from './workshop-report.ts';
import { halfDayCoDesignTemplate, workshopInputFromTemplate } from './workshop-templates.ts';
import type { WorkshopEvent } from './workshop-events.ts';

const at = (m: number) => new Date(Date.UTC(2026, 10, 25, 9, m)).toISOString();
const fac = { id: 'fac', roles: ['facilitator'], entityId: null };
const c1 = { id: 'c1', roles: ['participant'], entityId: null };
const moi = { id: 'r1', roles: ['entity_coordinator'], entityId: 'MOI' };
const mosd = { id: 'r2', roles: ['entity_coordinator'], entityId: 'MOSD' };

function runWorkshop(): WorkshopContext {
  const input = {
    ...workshopInputFromTemplate(halfDayCoDesignTemplate, {
      workshopId: 'w1',
      title: { en: 'New baby', ar: 'المولود الجديد' },
      facilitatorId: 'fac',
      bundleId: newBabyBundle.id,
    }),
    participants: [
      { id: 'c1', kind: 'customer' as const, entityId: null, name: 'Mother', removed: false },
      { id: 'r1', kind: 'entity_representative' as const, entityId: 'MOI', name: 'MOI', removed: false },
      { id: 'r2', kind: 'entity_representative' as const, entityId: 'MOSD', name: 'MOSD', removed: false },
    ],
  };
  let [s] = initialTransition(workshopMachine, { ...input, $actor: fac, $at: at(0) });
  let minute = 0;
  const send = (event: WorkshopEvent) => {
    minute += 1;
    [s] = transition(workshopMachine, s, { ...event, $at: at(minute) });
  };
  send({ type: 'ADVANCE', $actor: fac });
  send({ type: 'ADVANCE', $actor: fac }); // discovery
  send({ type: 'ADD_PAIN_POINT', text: 'Same papers at every counter', serviceId: 'child-passport', step: null, $actor: c1 }); // pp1
  send({ type: 'ADD_QUOTE', text: 'I went to five offices with a newborn', personaId: null, $actor: c1 }); // q2
  send({ type: 'ADVANCE', $actor: fac }); // ideation
  send({ type: 'ADD_IDEA', text: 'One family portal', painPointIds: ['pp1'], $actor: c1 }); // i3
  send({ type: 'ADD_IDEA', text: 'Allowance starts automatically', painPointIds: [], $actor: moi }); // i4
  send({ type: 'ADD_IDEA', text: 'Talk to a person', painPointIds: [], $actor: c1 }); // i5
  send({ type: 'ADVANCE', $actor: fac }); // voting
  send({ type: 'CAST_VOTE', ideaId: 'i3', $actor: c1 });
  send({ type: 'ADVANCE', $actor: fac }); // prioritisation
  send({ type: 'SCORE_IDEA', ideaId: 'i3', customerValue: 5, governmentValue: 5, effort: 4, $actor: c1 });
  send({ type: 'SCORE_IDEA', ideaId: 'i4', customerValue: 4, governmentValue: 3, effort: 1, $actor: fac });
  send({ type: 'ADVANCE', $actor: fac }); // bundle_design
  send({ type: 'SET_DESIGN', design: newBabyBundle.designs[0]!.design, $actor: moi });
  send({ type: 'ADVANCE', $actor: fac }); // commitments
  send({
    type: 'ADD_COMMITMENT',
    entityId: 'MOI',
    action: 'Share birth records',
    owner: 'Register director',
    dueDate: '2027-01-31',
    dependsOn: [],
    dependencyKind: 'data_sharing_agreement',
    ideaId: 'i3',
    $actor: moi,
  }); // c6
  send({
    type: 'ADD_COMMITMENT',
    entityId: 'MOSD',
    action: 'Automatic allowance',
    owner: 'Benefits head',
    dueDate: '2027-06-30',
    dependsOn: ['c6'],
    dependencyKind: 'system_integration',
    ideaId: 'i4',
    $actor: mosd,
  }); // c7
  send({ type: 'ADVANCE', $actor: fac }); // report
  return s.context;
}

describe('workshopReport', () => {
  const context = runWorkshop();
  const report = workshopReport(context, newBabyBundle);

  it('the run reached the report phase with every phase logged', () => {
    expect(context.phase).toBe('report');
    expect(report.phases.map((p) => p.phase)).toEqual([
      'planned',
      'participants_invited',
      'discovery',
      'ideation',
      'voting',
      'prioritisation',
      'bundle_design',
      'commitments',
    ]);
  });

  it('summarises attendance, pain points and the ranking', () => {
    expect(report.attendance).toEqual({ customers: 1, entityRepresentatives: 2, entities: ['MOI', 'MOSD'] });
    expect(report.painPoints).toEqual([{ id: 'pp1', text: 'Same papers at every counter', serviceId: 'child-passport', ideaCount: 1 }]);
    // i4 (4+3)/1 = 7 (set by the facilitator) beats i3 (5+5)/4 = 2.5
    expect(report.ranked.map((r) => [r.ideaId, r.rank, r.score, r.quadrant, r.text])).toEqual([
      ['i4', 1, 7, 'quick_win', 'Allowance starts automatically'],
      ['i3', 2, 2.5, 'major_project', 'One family portal'],
    ]);
    expect(report.unscoredIdeas.map((i) => i.id)).toEqual(['i5']);
  });

  it('carries the before/after of the design and the commitments per entity', () => {
    expect(report.comparison?.days).toMatchObject({ baseline: 30, target: 5 });
    expect(report.commitmentsByEntity.map((e) => [e.entityId, e.commitments.map((c) => [c.id, c.dependsOn])])).toEqual([
      ['MOI', [['c6', []]]],
      ['MOSD', [['c7', ['c6']]]],
    ]);
  });
});

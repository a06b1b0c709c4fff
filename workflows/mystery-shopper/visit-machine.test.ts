import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { visitMachine, type VisitReport } from './visit-machine.ts';

const input = {
  periodId: 'p1',
  shopperId: 'usr-s1',
  centreId: 'c1',
  entityId: 'e1',
  channel: 'centre' as const,
  scenarioId: 'sc1',
  plannedOn: '2026-03-02',
  announced: false,
  itemCodes: ['greet', 'wait'],
};
const report = (answers: VisitReport['answers']): VisitReport => ({
  arrivedAt: '2026-03-02T08:00:00Z',
  ticket: 'A12',
  waitingMinutes: 5,
  serviceMinutes: 7,
  answers,
  notes: '',
});

describe('the mystery-shopper visit', () => {
  it('is submitted only with every checklist item answered, returned with a reason, resubmitted and accepted', () => {
    const visit = createActor(visitMachine, { input }).start();
    visit.send({ type: 'SUBMIT', report: report({ greet: 'pass' }), clientKey: 'k-000001' });
    expect(visit.getSnapshot().value).toBe('assigned');
    visit.send({ type: 'SUBMIT', report: report({ greet: 'pass', wait: 'fail', extra: 'pass' }), clientKey: 'k-000001' });
    expect(visit.getSnapshot().value).toBe('assigned');
    visit.send({ type: 'SUBMIT', report: report({ greet: 'pass', wait: 'fail' }), clientKey: 'k-000001' });
    expect(visit.getSnapshot().value).toBe('submitted');
    visit.send({ type: 'RETURN', reason: 'No ticket photo' });
    expect(visit.getSnapshot().context.returnReason).toBe('No ticket photo');
    visit.send({ type: 'ACCEPT' });
    expect(visit.getSnapshot().value).toBe('returned');
    visit.send({ type: 'SUBMIT', report: report({ greet: 'pass', wait: 'na' }), clientKey: 'k-000002' });
    visit.send({ type: 'ACCEPT' });
    expect(visit.getSnapshot().value).toBe('accepted');
    expect(visit.getSnapshot().context).toMatchObject({ submissions: 2, returnReason: null });
  });
});

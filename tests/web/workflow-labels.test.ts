import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { workflows as en } from '../../web/i18n/en/workflows.ts';
import { stateLabel } from '../../web/i18n/workflow-labels.ts';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'en', resources: { en: { workflows: en } }, ns: ['workflows'], defaultNS: 'workflows' });
const t = i18n.t.bind(i18n);

describe('state labels', () => {
  it('names a plain and a nested state', () => {
    expect(stateLabel(t, 'excellence_cycle', 'open')).toBe('Open');
    expect(stateLabel(t, 'workshop', 'discovery.timed')).toBe('Discovery (time-boxed)');
  });

  it('names each parallel region, the later ones under the parent path they share with the first', () => {
    // The engine writes {open: {deadline: 'upcoming', work: 'in_progress'}} as below.
    expect(stateLabel(t, 'improvement_action', 'open.deadline.upcoming|work.in_progress')).toBe('Not due yet · In progress');
    expect(stateLabel(t, 'improvement_action', 'open.deadline.escalated|work.approved')).toBe('Escalated · Approved');
  });

  it('falls back to the parent name and the raw leaf, or the raw name', () => {
    expect(stateLabel(t, 'workshop', 'voting.unknown_sub')).toBe('Voting · unknown_sub');
    expect(stateLabel(t, 'review', 'submitted')).toBe('submitted');
  });
});

import { describe, it, expect } from 'vitest';
import { summarizeForLeadership, type LeadershipInput, type RankedEntity } from './leadership-summary.ts';

const r = (id: string, rank: number, stars: number | null): RankedEntity => ({ id, rank, score: 100 - rank, stars });

const base: LeadershipInput = {
  asOf: '2026-06-15T12:00:00Z',
  stages: ['self_assessment', 'site_visit', 'consensus', 'published'],
  assessments: [
    { entityId: 'e1', stage: 'published' },
    { entityId: 'e2', stage: 'consensus' },
    { entityId: 'e3', stage: 'site_visit' },
    { entityId: 'e4', stage: 'site_visit' },
    { entityId: 'e5', stage: 'archived?' },
  ],
  // Competition ranks from the excellence ranking: two entities share rank 2.
  ranking: [r('e1', 1, 7), r('e3', 2, 5), r('e2', 2, 5), r('e4', 4, 3), r('e5', 5, null), r('e6', 6, 1)],
  actions: [
    { id: 'a1', entityId: 'e2', status: 'in_progress', dueAt: '2026-06-01T00:00:00Z' },
    { id: 'a2', entityId: 'e2', status: 'approved', dueAt: '2026-05-20T00:00:00Z' },
    { id: 'a3', entityId: 'e1', status: 'in_progress', dueAt: '2026-06-15T12:00:00Z' }, // due this very moment
    { id: 'a4', entityId: 'e1', status: 'done', dueAt: '2026-05-01T00:00:00Z' }, // finished: not overdue
    { id: 'a5', entityId: 'e3', status: 'draft', dueAt: '2026-05-01T00:00:00Z' }, // not yet approved: clock not running
    { id: 'a6', entityId: 'e4', status: 'in_progress', dueAt: '2026-07-01T00:00:00Z' }, // not yet due
  ],
  gaps: [
    { id: 'g1', code: 'G1', title: 'A', entityId: 'e1', severity: 'high', status: 'open', raisedAt: '2026-06-05T12:00:00Z' },
    { id: 'g2', code: 'G2', title: 'B', entityId: 'e2', severity: 'critical', status: 'in_progress', raisedAt: '2026-06-10T00:00:00Z' },
    { id: 'g3', code: 'G3', title: 'C', entityId: 'e3', severity: 'high', status: 'open', raisedAt: '2026-05-16T12:00:00Z' },
    { id: 'g4', code: 'G4', title: 'D', entityId: 'e4', severity: 'critical', status: 'closed', raisedAt: '2026-01-01T00:00:00Z' },
    { id: 'g5', code: 'G5', title: 'E', entityId: 'e5', severity: 'low', status: 'open', raisedAt: '2026-01-01T00:00:00Z' },
  ],
  workshops: [
    { id: 'w1', underWay: true },
    { id: 'w2', underWay: false },
    { id: 'w3', underWay: true },
  ],
  journeys: [{ id: 'j1', underWay: true }],
  topN: 2,
  gapsN: 3,
};

describe('summarizeForLeadership', () => {
  const s = summarizeForLeadership(base);

  it('counts cycle progress by stage in stage order, with shares', () => {
    // 5 assessments: published 1/5 = 0.2, consensus 0.2, site_visit 2/5 = 0.4, one in an unknown stage
    expect(s.cycleProgress.stages).toEqual([
      { stage: 'self_assessment', count: 0, share: 0 },
      { stage: 'site_visit', count: 2, share: 0.4 },
      { stage: 'consensus', count: 1, share: 0.2 },
      { stage: 'published', count: 1, share: 0.2 },
    ]);
    expect(s.cycleProgress.total).toBe(5);
    expect(s.cycleProgress.unknownStage).toBe(1);
  });

  it('takes top and bottom N from the ranked input, keeping ties together and never listing an entity twice', () => {
    // Top 2: e1 (rank 1) and the 2nd place is shared by e3 and e2, so both come.
    expect(s.topEntities.map((e) => e.id)).toEqual(['e1', 'e3', 'e2']);
    // Bottom 2 of the rest (e4, e5, e6): e5 and e6.
    expect(s.bottomEntities.map((e) => e.id)).toEqual(['e5', 'e6']);
  });

  it('gives the rest when there are fewer entities than asked for', () => {
    const small = summarizeForLeadership({ ...base, ranking: [r('e1', 1, 7), r('e2', 2, 6), r('e3', 3, 6)] });
    expect(small.topEntities.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(small.bottomEntities.map((e) => e.id)).toEqual(['e3']);
  });

  it('splits a field smaller than twice N in halves, so neither list is empty', () => {
    const five = [r('e1', 1, 7), r('e2', 2, 6), r('e3', 3, 5), r('e4', 4, 4), r('e5', 5, 3)];
    const field = summarizeForLeadership({ ...base, topN: 5, ranking: five });
    // ceil(5 / 2) = 3 at the top, the other 2 at the bottom.
    expect(field.topEntities.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    expect(field.bottomEntities.map((e) => e.id)).toEqual(['e4', 'e5']);
  });

  it('distributes stars 1..7 with the unrated apart', () => {
    expect(s.starDistribution.byStars).toEqual([
      { stars: 1, count: 1 },
      { stars: 2, count: 0 },
      { stars: 3, count: 1 },
      { stars: 4, count: 0 },
      { stars: 5, count: 2 },
      { stars: 6, count: 0 },
      { stars: 7, count: 1 },
    ]);
    expect(s.starDistribution.unrated).toBe(1);
  });

  it('counts overdue open actions by entity, most first', () => {
    expect(s.overdueByEntity).toEqual([
      { entityId: 'e2', count: 2, oldestDueAt: '2026-05-20T00:00:00Z' },
      { entityId: 'e1', count: 1, oldestDueAt: '2026-06-15T12:00:00Z' },
    ]);
  });

  it('lists the largest open gaps by severity, then oldest first', () => {
    // g4 is closed. critical g2 first; then the two highs, older g3 before g1.
    // Ages at 2026-06-15T12:00Z: g2 5.5 days -> 5; g3 30 days; g1 10 days.
    expect(s.largestOpenGaps.map((g) => [g.id, g.ageDays])).toEqual([
      ['g2', 5],
      ['g3', 30],
      ['g1', 10],
    ]);
  });

  it('counts workshops and journeys under way', () => {
    expect(s.workshopsUnderWay).toBe(2);
    expect(s.journeysUnderWay).toBe(1);
  });

  it('copes with an empty programme', () => {
    const empty = summarizeForLeadership({ ...base, assessments: [], ranking: [], actions: [], gaps: [], workshops: [], journeys: [] });
    expect(empty.cycleProgress.stages.every((st) => st.share === 0)).toBe(true);
    expect(empty.topEntities).toEqual([]);
    expect(empty.bottomEntities).toEqual([]);
    expect(empty.largestOpenGaps).toEqual([]);
  });
});

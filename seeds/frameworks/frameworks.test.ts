import { describe, it, expect } from 'vitest';
import { parseFramework } from '../../workflows/excellence/framework-validation.ts';
import { effectiveTree } from '../../workflows/excellence/applicability.ts';
import { scoreEntity } from '../../workflows/excellence/weighted-total.ts';
import { scoreChecklist } from '../../workflows/excellence/checklist-scoring.ts';
import { classify } from '../../workflows/excellence/classification.ts';
import type { Framework, FrameworkNode } from '../../workflows/excellence/framework-schema.ts';
import { seedFrameworks, governmentExcellenceModel, serviceCentreGuide, mysteryShopperChecklist } from './index.ts';

function parsed(input: unknown): Framework {
  const result = parseFramework(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.framework;
}

function findNode(nodes: readonly FrameworkNode[], code: string): FrameworkNode | undefined {
  for (const n of nodes) {
    if (n.code === code) return n;
    const found = findNode(n.children ?? [], code);
    if (found) return found;
  }
  return undefined;
}

describe('seed frameworks', () => {
  it.each(seedFrameworks.map((f) => [f.code, f] as const))('%s passes validation', (_code, input) => {
    expect(parseFramework(input)).toMatchObject({ ok: true });
  });

  it('survive a JSON export and import unchanged', () => {
    for (const input of seedFrameworks) {
      expect(parsed(JSON.parse(JSON.stringify(input)))).toEqual(parsed(input));
    }
  });

  it('write every Arabic text in Arabic and every English text in English', () => {
    const texts: { ar: string; en: string }[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value !== null && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if (typeof record.ar === 'string' && typeof record.en === 'string') texts.push({ ar: record.ar, en: record.en });
        else Object.values(record).forEach(collect);
      }
    };
    seedFrameworks.forEach(collect);
    expect(texts.length).toBeGreaterThan(200);
    for (const text of texts) {
      expect(text.ar, text.en).toMatch(/[\u0600-\u06FF]/);
      expect(text.en, text.ar).not.toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('have unique codes', () => {
    expect(new Set(seedFrameworks.map((f) => f.code)).size).toBe(3);
  });
});

describe('government excellence model', () => {
  const fw = parsed(governmentExcellenceModel);

  it('has 1000 points over four pillars with enablers and results', () => {
    expect(fw.totalPoints).toBe(1000);
    expect(fw.nodes.map((n) => [n.code, n.kind, n.weight])).toEqual([
      ['1', 'enabler', 200],
      ['2', 'enabler', 250],
      ['3', 'enabler', 200],
      ['4', 'result', 350],
    ]);
  });

  it('gives a policy entity the service-design points of pillar 2 through customer experience', () => {
    // 2.1 (150) does not apply: 2.2 takes all 250, so 2.2.1 and 2.2.2 are worth 125 each.
    const tree = effectiveTree(fw, { entityType: 'policy_entity' });
    const pillar2 = tree.nodes.find((n) => n.code === '2');
    expect(pillar2?.children.map((c) => [c.code, c.maxPoints])).toEqual([['2.2', 250]]);
    expect(pillar2?.children[0]?.children.map((c) => c.maxPoints)).toEqual([125, 125]);
    expect(tree.notApplicable).toEqual(['2.1', '2.1.1', '2.1.2']);
  });

  it('scores a uniform 70% entity at 700 points, gold', () => {
    const leaves = [
      '1.1.1',
      '1.1.2',
      '1.2.1',
      '1.2.2',
      '2.1.1',
      '2.1.2',
      '2.2.1',
      '2.2.2',
      '3.1.1',
      '3.1.2',
      '3.2',
      '3.3',
      '4.1',
      '4.2',
      '4.3',
      '4.4',
    ];
    const score = scoreEntity(fw, { entityType: 'service_entity', leafPercents: Object.fromEntries(leaves.map((c) => [c, 70])) });
    expect(score.total).toBeCloseTo(700, 9);
    expect(score.missing).toEqual([]);
    const pillarPercents = Object.fromEntries(score.pillars.map((p) => [p.code, p.percent]));
    // 70 >= gold's 70 and every pillar 70 >= 60; platinum needs 80.
    expect(classify(fw.classification!, { assessmentPercent: score.percent!, pillarPercents }).tier?.code).toBe('gold');
  });
});

describe('service centre guide', () => {
  const fw = parsed(serviceCentreGuide);

  it('rescales each model to 100 with its own environment pillar at 15', () => {
    const onPremises = effectiveTree(fw, { entityType: 'on_premises_centre' });
    const remote = effectiveTree(fw, { entityType: 'remote_channels' });
    expect(onPremises.nodes.map((n) => [n.code, n.maxPoints])).toEqual([
      ['A', 15],
      ['B', 25],
      ['C', 15],
      ['E', 15],
      ['F', 15],
      ['G', 15],
    ]);
    expect(remote.nodes.map((n) => [n.code, n.maxPoints])).toEqual([
      ['A', 15],
      ['B', 25],
      ['D', 15],
      ['E', 15],
      ['F', 15],
      ['G', 15],
    ]);
    // On premises, accessibility is location (35) and hours (30): 15 x 35/65 and 15 x 30/65.
    expect(onPremises.nodes[0]!.children.map((c) => c.code)).toEqual(['A1', 'A2']);
    expect(onPremises.nodes[0]!.children[0]!.maxPoints).toBeCloseTo((15 * 35) / 65, 9);
  });

  it('rates stars from assessment 35% and customer feedback 65%', () => {
    // 80 x 0.35 + 76 x 0.65 = 28 + 49.4 = 77.4 -> five stars (70..80)
    const result = classify(fw.classification!, { assessmentPercent: 80, pillarPercents: { B: 90 }, sources: { customer_feedback: 76 } });
    expect(result.score).toBeCloseTo(77.4, 9);
    expect(result.tier?.stars).toBe(5);
  });

  it('holds back seven stars when quality of service is under 85%', () => {
    // 95 x 0.35 + 95 x 0.65 = 95, but B at 80 < 85 -> six stars (B 80 >= 70)
    const result = classify(fw.classification!, {
      assessmentPercent: 95,
      pillarPercents: { B: 80, G: 90 },
      sources: { customer_feedback: 95 },
    });
    expect(result.tier?.stars).toBe(6);
  });
});

describe('mystery shopper checklist', () => {
  const fw = parsed(mysteryShopperChecklist);

  it('covers visit, phone, website and app and records scenario, waiting and service time', () => {
    expect(fw.nodes.map((n) => n.code)).toEqual(['visit', 'phone', 'website', 'app']);
    expect(fw.scoring.checklist?.recordFields.filter((f) => f.required).map((f) => f.code)).toEqual([
      'scenario',
      'started_at',
      'waiting_time',
      'service_time',
    ]);
  });

  it('scores a phone call from its checklist answers', () => {
    const items = findNode(fw.nodes, 'phone.resolution')?.items ?? [];
    // accurate yes 3, no_transfers partly 0.5, callback N/A -> 3.5 of 4 = 87.5%
    const score = scoreChecklist(
      items,
      { accurate: 'yes', no_transfers: 'partly', callback: 'not_applicable' },
      fw.scoring.checklist!.partlyValue,
    );
    expect(score.percent).toBe(87.5);
  });

  it('leaves out the visit channel for a digital-only service and a channel marked not applicable', () => {
    const tree = effectiveTree(fw, { entityType: 'digital_service', notApplicable: ['app'] });
    // phone and website share 100: 50 each.
    expect(tree.nodes.map((n) => [n.code, n.maxPoints])).toEqual([
      ['phone', 50],
      ['website', 50],
    ]);
  });
});

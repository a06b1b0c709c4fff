import { describe, it, expect } from 'vitest';
import { workshopInputSchema } from './workshop-input.ts';
import {
  customerVoiceTemplate,
  duplicateWorkshopStructure,
  halfDayCoDesignTemplate,
  standardWorkshopTemplates,
  workshopInputFromTemplate,
  workshopTemplateSchema,
} from './workshop-templates.ts';

const newWorkshop = { workshopId: 'w1', title: { en: 'Retirement', ar: 'التقاعد' }, facilitatorId: 'fac', bundleId: 'retirement' };

describe('workshop templates', () => {
  it('every standard template is valid', () => {
    for (const template of standardWorkshopTemplates) expect(workshopTemplateSchema.safeParse(template).success).toBe(true);
  });

  it('turns the agenda into time boxes, leaving untimed phases out', () => {
    const input = workshopInputFromTemplate(customerVoiceTemplate, newWorkshop);
    expect(input.settings.timeBoxes).toEqual({ discovery: 30, voting: 10 });
    expect(input.settings.votes).toEqual({ budget: 3, maxPerIdea: 2, anonymous: true });
    expect(workshopInputSchema.safeParse(input).success).toBe(true);
  });

  it('the half-day agenda adds up to 170 minutes', () => {
    // 45 + 30 + 10 + 20 + 40 + 25 = 170
    const boxes = workshopInputFromTemplate(halfDayCoDesignTemplate, newWorkshop).settings.timeBoxes;
    expect(Object.values(boxes).reduce((a, b) => a + b, 0)).toBe(170);
  });
});

describe('duplicateWorkshopStructure', () => {
  const source = {
    ...workshopInputFromTemplate(halfDayCoDesignTemplate, newWorkshop),
    participants: [
      { id: 'c1', kind: 'customer' as const, entityId: null, name: 'C1', removed: false },
      { id: 'c2', kind: 'customer' as const, entityId: null, name: 'C2', removed: true },
    ],
  };

  it('copies the structure, not the people, with a new id and facilitator', () => {
    const copy = duplicateWorkshopStructure(source, { workshopId: 'w2', facilitatorId: 'fac2' });
    expect(copy).toEqual({ ...source, workshopId: 'w2', facilitatorId: 'fac2', participants: [] });
    // deep copy: editing the copy leaves the source alone
    copy.settings.votes.budget = 9;
    expect(source.settings.votes.budget).toBe(5);
  });

  it('keeps active participants only when asked', () => {
    const copy = duplicateWorkshopStructure(source, {
      workshopId: 'w2',
      facilitatorId: 'fac',
      includeParticipants: true,
      title: { en: 'Again', ar: 'مجدداً' },
    });
    expect(copy.participants.map((p) => p.id)).toEqual(['c1']);
    expect(copy.title.en).toBe('Again');
  });
});

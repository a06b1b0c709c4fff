import { z } from 'zod';
import { bilingualTextSchema, type BilingualText } from '../bundles/bilingual-text.ts';
import { agendaItemSchema, type WorkshopInput } from './workshop-input.ts';
import { defaultPriorityFormula, defaultQuadrantThresholds, priorityFormulaSchema } from './prioritisation.ts';
import type { TimeBoxes } from './workshop-settings.ts';
import { voteRulesSchema } from './workshop-settings.ts';
import type { Participant } from './workshop-board.ts';

/** A reusable workshop structure: agenda with time boxes, vote rules and priority formula. */
export const workshopTemplateSchema = z.object({
  id: z.string().min(1).max(64),
  name: bilingualTextSchema,
  agenda: z.array(agendaItemSchema).min(1),
  votes: voteRulesSchema,
  formula: priorityFormulaSchema,
});
export type WorkshopTemplate = z.infer<typeof workshopTemplateSchema>;

const t = (en: string, ar: string): BilingualText => ({ en, ar });

/** A half-day co-design session on one bundle. */
export const halfDayCoDesignTemplate: WorkshopTemplate = {
  id: 'half-day-co-design',
  name: t('Half-day co-design workshop', 'ورشة التصميم المشترك لنصف يوم'),
  agenda: [
    { phase: 'discovery', title: t('Personas and pain points', 'الشخصيات ونقاط الألم'), minutes: 45 },
    { phase: 'ideation', title: t('Ideas', 'الأفكار'), minutes: 30 },
    { phase: 'voting', title: t('Dot voting', 'التصويت'), minutes: 10 },
    { phase: 'prioritisation', title: t('Value and effort', 'القيمة والجهد'), minutes: 20 },
    { phase: 'bundle_design', title: t('The to-be bundle', 'الوضع المستهدف لباقة الخدمات'), minutes: 40 },
    { phase: 'commitments', title: t('Commitments', 'الالتزامات'), minutes: 25 },
  ],
  votes: { budget: 5, maxPerIdea: 1, anonymous: false },
  formula: defaultPriorityFormula,
};

/** A short customer-voice session: discovery and voting only get time boxes; anonymous votes. */
export const customerVoiceTemplate: WorkshopTemplate = {
  id: 'customer-voice',
  name: t('Customer voice session', 'جلسة صوت المتعاملين'),
  agenda: [
    { phase: 'discovery', title: t('Customer stories', 'قصص المتعاملين'), minutes: 30 },
    { phase: 'ideation', title: t('Ideas', 'الأفكار'), minutes: null },
    { phase: 'voting', title: t('Dot voting', 'التصويت'), minutes: 10 },
  ],
  votes: { budget: 3, maxPerIdea: 2, anonymous: true },
  formula: { kind: 'weighted', customerValue: 2, governmentValue: 1, effort: 1 },
};

export const standardWorkshopTemplates: readonly WorkshopTemplate[] = [halfDayCoDesignTemplate, customerVoiceTemplate];

export function timeBoxesFromAgenda(agenda: WorkshopInput['agenda']): TimeBoxes {
  const boxes: TimeBoxes = {};
  for (const item of agenda) if (item.minutes !== null) boxes[item.phase] = item.minutes;
  return boxes;
}

export interface NewWorkshop {
  workshopId: string;
  title: BilingualText;
  facilitatorId: string;
  bundleId: string | null;
}

export function workshopInputFromTemplate(template: WorkshopTemplate, workshop: NewWorkshop): WorkshopInput {
  return {
    ...workshop,
    templateId: template.id,
    agenda: template.agenda.map((item) => ({ ...item })),
    settings: {
      timeBoxes: timeBoxesFromAgenda(template.agenda),
      votes: { ...template.votes },
      formula: template.formula,
      quadrantThresholds: defaultQuadrantThresholds,
    },
    participants: [],
  };
}

/**
 * A new workshop with the structure of an existing one (agenda, time boxes, vote rules,
 * formula, bundle) and an empty board. Participants are left behind unless asked for,
 * because customers are invited per workshop; when kept they come back un-removed only
 * if they were still active.
 */
export function duplicateWorkshopStructure(
  source: Pick<WorkshopInput, 'title' | 'bundleId' | 'templateId' | 'agenda' | 'settings' | 'participants'>,
  copy: { workshopId: string; facilitatorId: string; title?: BilingualText; includeParticipants?: boolean },
): WorkshopInput {
  const participants: Participant[] = copy.includeParticipants ? source.participants.filter((p) => !p.removed).map((p) => ({ ...p })) : [];
  return {
    workshopId: copy.workshopId,
    title: copy.title ?? source.title,
    bundleId: source.bundleId,
    facilitatorId: copy.facilitatorId,
    templateId: source.templateId,
    agenda: source.agenda.map((item) => ({ ...item, title: { ...item.title } })),
    settings: structuredClone(source.settings),
    participants,
  };
}
